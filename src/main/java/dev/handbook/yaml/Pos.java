package dev.handbook.yaml;

/** A 1-based line and column in a source file. */
public record Pos(int line, int column) {
    public static final Pos NONE = new Pos(0, 0);

    public Pos shiftLines(int lines) {
        return this == NONE ? NONE : new Pos(line + lines, column);
    }
}
