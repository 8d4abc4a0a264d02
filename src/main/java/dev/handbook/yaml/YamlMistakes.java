package dev.handbook.yaml;

import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Names the likely mistake behind YAML that does not parse, from the text around the parser's mark:
 * editors are not helped by "mapping values are not allowed here", but by "the value on line 3 holds
 * a colon". The checks go from the most certain (a tab, an open quote) to the least (indentation);
 * what none of them recognises is {@code yaml.syntax}, still with line and excerpt.
 */
final class YamlMistakes {
    private final String[] lines;

    YamlMistakes(String text) {
        this.lines = text.split("\n", -1);
    }

    String line(int line) {
        if (line < 1 || line > lines.length) return "";
        String s = lines[line - 1];
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    YamlException explain(MarkedYAMLException e) {
        String detail = describe(e);
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (mark == null) return new YamlException(detail, Pos.NONE);
        int line = mark.getLine() + 1;
        int column = mark.getColumn() + 1;
        String text = line(line);
        if (column - 1 < text.length() && text.charAt(column - 1) == '\t') {
            boolean indent = text.substring(0, column - 1).isBlank();
            return at(indent ? "yaml.tab-indent" : "yaml.tab-after-colon", line, column, detail, List.of(line), List.of());
        }
        Mark context = e.getContextMark();
        if (context != null && e.getContext() != null && e.getContext().contains("quoted scalar")) {
            int qLine = context.getLine() + 1;
            int qColumn = context.getColumn() + 1;
            String q = line(qLine);
            String quote = qColumn - 1 < q.length() ? String.valueOf(q.charAt(qColumn - 1)) : "\"";
            return at("yaml.unclosed-quote", qLine, qColumn, detail, List.of(qLine), List.of(quote));
        }
        if (context != null && e.getContext() != null && e.getContext().contains("flow ")) {
            int bLine = context.getLine() + 1;
            int bColumn = context.getColumn() + 1;
            String b = line(bLine);
            char open = bColumn - 1 < b.length() ? b.charAt(bColumn - 1) : '[';
            return at("yaml.unclosed-bracket", bLine, bColumn, detail, List.of(bLine),
                    List.of(String.valueOf(open), open == '{' ? "}" : "]"));
        }
        YamlException curly = curlyQuotes(line, detail);
        if (curly == null && line > 1) curly = curlyQuotes(line - 1, detail);
        if (curly != null) return curly;
        int keyColon = keyColon(text);
        if (keyColon >= 0 && column - 1 > keyColon && column - 1 < text.length() && text.charAt(column - 1) == ':') {
            String key = text.substring(0, keyColon).strip();
            String value = text.substring(keyColon + 1).strip();
            return at("yaml.colon-in-value", line, column, detail, List.of(line),
                    List.of(key, indent(text) + key + ": " + CurlyQuotes.straight(value)));
        }
        int previous = previousContentLine(line);
        if (previous > 0) {
            int difference = indent(text).length() - indent(line(previous)).length();
            boolean opensBlock = line(previous).strip().endsWith(":") && difference > 0;
            if (difference != 0 && !opensBlock) {
                return at("yaml.indent", line, indent(text).length() + 1, detail, List.of(line, previous),
                        List.of(String.valueOf(Math.abs(difference)), difference > 0 ? "1" : "0"));
            }
        }
        if (text.isBlank() && previous > 0) return at("yaml.syntax", previous, line(previous).length() + 1, detail, List.of(previous), List.of());
        return at("yaml.syntax", line, column, detail, List.of(line), List.of());
    }

    /** A duplicate key at {@code pos}, first written on {@code firstLine}. */
    YamlException duplicateKey(String key, Pos pos, int firstLine) {
        return at("yaml.duplicate-key", pos.line(), pos.column(), "duplicate key '" + key + "'",
                List.of(pos.line(), firstLine), List.of(key));
    }

    YamlException keyNotText(Pos pos) {
        return at("yaml.key-not-text", pos.line(), pos.column(), "a key must be plain text", List.of(pos.line()), List.of());
    }

    private YamlException at(String code, int line, int column, String detail, List<Integer> named, List<String> words) {
        return new YamlException(code, new Pos(line, column), detail, line(line), named, words);
    }

    /** A value that starts with a curly quote on {@code line}, with the line as it should be written. */
    private YamlException curlyQuotes(int line, String detail) {
        String text = line(line);
        int colon = keyColon(text);
        if (colon < 0) return null;
        String value = text.substring(colon + 1).strip();
        if (value.isEmpty() || !CurlyQuotes.isQuote(value.charAt(0))) return null;
        String key = text.substring(0, colon).strip();
        String bare = CurlyQuotes.strip(value);
        int column = text.indexOf(value.charAt(0), colon) + 1;
        return at("yaml.curly-quotes", line, column, detail, List.of(line),
                List.of(key, indent(text) + key + ": " + CurlyQuotes.straight(bare)));
    }

    /** Where the colon after a key is ({@code key: value}, {@code - key: value}), or -1. */
    private static int keyColon(String text) {
        String s = text.stripLeading();
        if (s.startsWith("#") || s.startsWith("\"") || s.startsWith("'")) return -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) return i;
            if (c == '#' && i > 0 && text.charAt(i - 1) == ' ') return -1;
        }
        return -1;
    }

    private int previousContentLine(int line) {
        for (int l = line - 1; l >= 1; l--) {
            String s = line(l).strip();
            if (!s.isEmpty() && !s.startsWith("#")) return l;
        }
        return 0;
    }

    private static String indent(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return text.substring(0, i);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) return context == null ? "invalid YAML" : context;
        return context == null ? problem : context + ", " + problem;
    }
}
