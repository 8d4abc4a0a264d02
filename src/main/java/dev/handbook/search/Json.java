package dev.handbook.search;

import java.util.List;

/**
 * Just enough JSON for the index files. Everything outside printable ASCII is escaped, so that the
 * files read the same whatever encoding a browser assumes for a script opened from file://.
 */
final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c > 0x7e) unicode(out, c);
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    /** {@code \\u} and four lower-case hex digits, as {@code String.format("\\u%04x")} wrote it, without its cost per character. */
    private static void unicode(StringBuilder out, char c) {
        out.append('\\').append('u')
                .append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }

    static void strings(StringBuilder out, List<String> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) out.append(',');
            string(out, list.get(i));
        }
        out.append(']');
    }
}
