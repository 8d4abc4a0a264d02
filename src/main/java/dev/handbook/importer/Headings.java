package dev.handbook.importer;

/** The text of a Markdown heading line, as a title: without closing hashes and attribute list. */
final class Headings {
    private Headings() {}

    static String clean(String heading) {
        String text = heading.strip();
        if (text.endsWith("}")) {
            int open = text.lastIndexOf('{');
            if (open >= 0) text = text.substring(0, open).strip();
        }
        while (text.endsWith("#")) text = text.substring(0, text.length() - 1).strip();
        text = text.replaceAll("\\*\\*|__|`", "");
        return text.strip();
    }

    /** The first level-one heading when it is the first thing in the body ("# Title"), or null. */
    static String leading(String body) {
        for (String line : body.split("\n", -1)) {
            if (line.isBlank()) continue;
            if (line.startsWith("<!--") && line.strip().endsWith("-->")) continue;
            if (line.startsWith("# ") || line.equals("#")) return clean(line.substring(1));
            return null;
        }
        return null;
    }

    /** The body without its leading level-one heading (see {@link #leading}). */
    static String withoutLeadingH1(String body) {
        int pos = 0;
        while (pos < body.length()) {
            int end = body.indexOf('\n', pos);
            String line = end < 0 ? body.substring(pos) : body.substring(pos, end);
            if (line.startsWith("# ") || line.equals("#")) {
                String before = body.substring(0, pos);
                String after = end < 0 ? "" : body.substring(end + 1);
                while (after.startsWith("\n")) after = after.substring(1);
                return before + after;
            }
            if (!line.isBlank() && !(line.startsWith("<!--") && line.strip().endsWith("-->"))) return body;
            if (end < 0) return body;
            pos = end + 1;
        }
        return body;
    }
}
