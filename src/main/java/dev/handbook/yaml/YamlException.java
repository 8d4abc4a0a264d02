package dev.handbook.yaml;

/** YAML that does not parse; {@code problem} is SnakeYAML's own description, in English. */
public class YamlException extends Exception {
    private final Pos pos;
    private final String problem;

    public YamlException(String problem, Pos pos) {
        super(problem + " at " + pos.line() + ":" + pos.column());
        this.problem = problem;
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }

    public String problem() {
        return problem;
    }
}
