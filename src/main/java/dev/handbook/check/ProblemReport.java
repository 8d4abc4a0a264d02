package dev.handbook.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes problems for people (grouped by file, one line each, hint below) or for tools (JSON). */
public final class ProblemReport {
    private final Messages messages;
    private final boolean verbose;

    public ProblemReport(Messages messages) {
        this(messages, false);
    }

    /** @param verbose whether to add what the tool itself saw (the parser's text) below a problem's hint */
    public ProblemReport(Messages messages, boolean verbose) {
        this.messages = messages;
        this.verbose = verbose;
    }

    /** {@code content/03-x/02-y.md:4:8: fout: onbekende waarde ...}, files separated by a blank line. */
    public String text(List<Problem> problems) {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        for (Problem p : problems) byFile.computeIfAbsent(p.file(), f -> new java.util.ArrayList<>()).add(p);
        StringBuilder out = new StringBuilder();
        for (List<Problem> group : byFile.values()) {
            if (out.length() > 0) out.append('\n');
            for (Problem p : group) {
                // a message with an excerpt below it keeps its code on its first line
                String message = messages.message(p);
                int lineEnd = message.indexOf('\n');
                String first = lineEnd < 0 ? message : message.substring(0, lineEnd);
                out.append(location(p)).append(": ").append(messages.severity(p.severity())).append(": ")
                        .append(first).append(" [").append(p.code()).append("]")
                        .append(lineEnd < 0 ? "" : message.substring(lineEnd)).append('\n');
                messages.hint(p).ifPresent(h -> out.append("    ").append(messages.text("hint")).append(": ").append(h).append('\n'));
                if (verbose) messages.detail(p).ifPresent(d -> out.append("    ").append(messages.text("detail")).append(": ").append(d).append('\n'));
            }
        }
        return out.toString();
    }

    /** A JSON array with one object per problem, in a stable order and shape. */
    public String json(List<Problem> problems) {
        StringBuilder out = new StringBuilder("[");
        for (Problem p : problems) {
            if (out.length() > 1) out.append(',');
            out.append("\n  {\"file\": ").append(quote(p.file()))
                    .append(", \"line\": ").append(p.line())
                    .append(", \"column\": ").append(p.column())
                    .append(", \"severity\": ").append(quote(p.severity().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(", \"code\": ").append(quote(p.code()))
                    .append(", \"message\": ").append(quote(messages.message(p)))
                    .append(", \"hint\": ").append(messages.hint(p).map(ProblemReport::quote).orElse("null"))
                    .append('}');
        }
        return out.append(problems.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String location(Problem p) {
        if (p.line() <= 0) return p.file();
        return p.file() + ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "");
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
