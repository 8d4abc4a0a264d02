package dev.handbook.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * YAML that does not parse, told as the likely mistake of an editor rather than in the parser's
 * words. {@code code} names the message ({@code yaml.indent}, {@code yaml.curly-quotes}, ...);
 * {@link #args(int)} fills it in. {@code problem} is SnakeYAML's own description, in English: for a
 * {@code --verbose} detail and for developers' files, never for an editor's message.
 */
public class YamlException extends Exception {
    private final String code;
    private final Pos pos;
    private final String problem;
    private final String excerpt;
    private final List<Integer> lines;
    private final List<String> words;

    public YamlException(String problem, Pos pos) {
        this(pos == Pos.NONE ? "yaml.unreadable" : "yaml.syntax", pos, problem, "", List.of(pos.line()), List.of());
    }

    /**
     * @param excerpt the source line at {@code pos}, as written
     * @param lines line numbers the message names (the first is the line of {@code pos}), in the YAML text
     * @param words further arguments of the message
     */
    YamlException(String code, Pos pos, String problem, String excerpt, List<Integer> lines, List<String> words) {
        super(problem + " at " + pos.line() + ":" + pos.column());
        this.code = code;
        this.pos = pos;
        this.problem = problem;
        this.excerpt = excerpt;
        this.lines = List.copyOf(lines);
        this.words = List.copyOf(words);
    }

    public String code() {
        return code;
    }

    public Pos pos() {
        return pos;
    }

    public String problem() {
        return problem;
    }

    /**
     * The message's arguments, for YAML whose first line is line {@code lineOffset + 1} of its file:
     * {@code {0}} the excerpt (the line with its number and a caret under the column, on lines of its
     * own), {@code {1}} the parser's text, {@code {2}} and {@code {3}} the line numbers (the line of the
     * mistake twice when the message names one), then the words.
     */
    public List<String> args(int lineOffset) {
        List<String> out = new ArrayList<>();
        out.add(excerptBlock(lineOffset));
        out.add(problem);
        for (int line : lines) out.add(String.valueOf(line + lineOffset));
        // always two line numbers, so that the words are {4} onwards in every message
        if (lines.size() < 2) out.add(String.valueOf(pos.line() + lineOffset));
        out.addAll(words);
        return out;
    }

    private String excerptBlock(int lineOffset) {
        if (pos == Pos.NONE || excerpt.isEmpty()) return "";
        String number = String.valueOf(pos.line() + lineOffset);
        String shown = excerpt.replace('\t', '→');
        int caret = Math.max(0, Math.min(pos.column() - 1, shown.length()));
        return "\n    " + number + " | " + shown + "\n    " + " ".repeat(number.length()) + " | " + " ".repeat(caret) + "^";
    }
}
