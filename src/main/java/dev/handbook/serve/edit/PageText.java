package dev.handbook.serve.edit;

import java.nio.charset.StandardCharsets;

/**
 * A page's file as the editor opens it: its front matter and its body, with the line endings and
 * byte-order mark the file has on disk, so that a save writes them back as they were.
 *
 * @param frontMatter the lines between the {@code ---} lines, each ending in {@code \n}; null when the
 *     file has none
 * @param body everything after the closing {@code ---} line, with {@code \n} line ends
 * @param crlf whether the file ends its lines with {@code \r\n}
 * @param bom whether the file starts with a UTF-8 byte-order mark
 */
record PageText(String frontMatter, String body, boolean crlf, boolean bom) {
    private static final String FENCE = "---";

    static PageText parse(String file) {
        boolean bom = file.startsWith("\uFEFF");
        String text = bom ? file.substring(1) : file;
        boolean crlf = text.contains("\r\n");
        text = text.replace("\r\n", "\n");
        if (!text.startsWith(FENCE + "\n")) return new PageText(null, text, crlf, bom);
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.strip().equals(FENCE) || line.strip().equals("...")) {
                return new PageText(text.substring(4, pos), end < 0 ? "" : text.substring(end + 1), crlf, bom);
            }
            if (end < 0) break;
            pos = end + 1;
        }
        // no closing line: the whole file is the body, and the check says what is wrong
        return new PageText(null, text, crlf, bom);
    }

    /** The same page with other front matter and body, in this file's line endings. */
    PageText with(String newFrontMatter, String newBody) {
        return new PageText(newFrontMatter, newBody.replace("\r\n", "\n"), crlf, bom);
    }

    /** The line of the file where the body starts (1 for a page without front matter). */
    int bodyLine() {
        if (frontMatter == null) return 1;
        return 3 + (int) frontMatter.chars().filter(c -> c == '\n').count();
    }

    /** The text with {@code \n} line ends, as the checks read it. */
    String text() {
        if (frontMatter == null) return body;
        return FENCE + "\n" + frontMatter + FENCE + "\n" + body;
    }

    /** The file's bytes, as they go to disk. */
    byte[] bytes() {
        String out = crlf ? text().replace("\n", "\r\n") : text();
        return ((bom ? "\uFEFF" : "") + out).getBytes(StandardCharsets.UTF_8);
    }
}
