package dev.handbook.content;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * @param yaml the text between the {@code ---} lines, or null when the file has none
 * @param yamlLine line of the file where the YAML starts, so YAML positions map to file lines
 * @param bodyLine line of the file where the body starts
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    public static FrontMatter split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) return new FrontMatter(null, 0, text, 1);
        int line = 2;
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.strip().equals("---") || current.strip().equals("...")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        // an opening line without a closing one: treat everything as YAML so the parser reports it
        return new FrontMatter(text.substring(Math.min(4, text.length())), 2, "", line + 1);
    }
}
