package dev.handbook.output;

import java.util.List;

/**
 * Just enough JSON for the scripts the site and the preview carry (search index, table of contents,
 * the preview's state). Everything outside printable ASCII is escaped, so that a script reads the same
 * whatever encoding a browser assumes for it from file://, and {@code <} too, so that no
 * {@code </script>} can end up in a page.
 */
public final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    public static void string(StringBuilder out, String s) {
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

    /** {@code s} as a JSON string. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        string(out, s);
        return out.toString();
    }

    /** {@code \\u} and four lower-case hex digits, as {@code String.format("\\u%04x")} wrote it, without its cost per character. */
    private static void unicode(StringBuilder out, char c) {
        out.append('\\').append('u')
                .append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }

    public static void strings(StringBuilder out, List<String> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) out.append(',');
            string(out, list.get(i));
        }
        out.append(']');
    }
}
