package dev.handbook.markdown.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags of raw HTML as Python-Markdown reads a block of it: which elements are block-level, how the
 * {@code markdown} attribute makes each read its content, and where an element opened at the start of a
 * line is closed, counting the elements of the same name opened inside it.
 */
final class HtmlTags {
    /** Python-Markdown's block-level elements: one of these at the start of a line opens a block of raw HTML. */
    static final Set<String> BLOCK_LEVEL = Set.of("address", "article", "aside", "blockquote", "body", "canvas",
            "center", "colgroup", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "group", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "iframe", "legend",
            "li", "main", "map", "math", "menu", "nav", "noscript", "object", "ol", "option", "output", "p", "pre",
            "progress", "script", "section", "style", "summary", "table", "tbody", "td", "textarea", "tfoot", "th",
            "thead", "tr", "ul", "video");
    /** Elements whose {@code markdown="1"} reads their content as one run of inline Markdown. */
    static final Set<String> SPAN = Set.of("address", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "legend", "li",
            "p", "summary", "td", "th");
    /** Elements whose content stays raw whatever their {@code markdown} attribute says. */
    static final Set<String> RAW = Set.of("canvas", "math", "option", "pre", "script", "style", "textarea");
    /** Block-level elements without content: they end where they stand. */
    static final Set<String> VOID = Set.of("hr");

    /** Possessive throughout, and no name runs into the next tag, so that a line of unclosed tags reads fast. */
    private static final String ATTRIBUTES =
            "((?:\\s++[^\\s\"'<>/=]++(?:\\s*+=\\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\\s\"'=<>`]++))?)*+)\\s*+(/?)>";
    private static final Pattern OPENING = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*+)" + ATTRIBUTES);
    private static final Pattern TAG = Pattern.compile("</([A-Za-z][A-Za-z0-9-]*+)\\s*+>|<([A-Za-z][A-Za-z0-9-]*+)" + ATTRIBUTES);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s++([^\\s\"'<>/=]++)(?:\\s*+=\\s*+(?:\"([^\"]*+)\"|'([^']*+)'|([^\\s\"'=<>`]++)))?");

    private HtmlTags() {}

    /** How an element reads its content. */
    enum Content { RAW, BLOCK, SPAN }

    /**
     * An opening tag at the start of a line.
     *
     * @param start where the tag starts in the line; {@code end} where it ends
     * @param markdownStart where its {@code markdown} attribute starts (with the space before it), -1 when it has none
     */
    record Opening(String name, int start, int end, Content content, int markdownStart, int markdownEnd) {}

    /** A closing tag: where it starts and ends in its line. */
    record Closing(int start, int end) {}

    /** The opening tag of a block-level element at {@code from} in {@code line}, or null. */
    static Opening opening(CharSequence line, int from) {
        Matcher m = OPENING.matcher(line);
        m.region(from, line.length());
        if (!m.lookingAt()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (!BLOCK_LEVEL.contains(name) || VOID.contains(name) || !m.group(3).isEmpty()) return null;
        Matcher md = ATTRIBUTE.matcher(m.group(2));
        Content content = Content.RAW;
        int mdStart = -1;
        int mdEnd = -1;
        while (md.find()) {
            if (!md.group(1).equalsIgnoreCase("markdown")) continue;
            mdStart = m.start(2) + md.start();
            mdEnd = m.start(2) + md.end();
            String value = md.group(2) != null ? md.group(2) : md.group(3) != null ? md.group(3) : md.group(4);
            content = switch (value == null ? "1" : value.strip().toLowerCase(Locale.ROOT)) {
                case "1", "" -> SPAN.contains(name) ? Content.SPAN : Content.BLOCK;
                case "block" -> Content.BLOCK;
                case "span" -> Content.SPAN;
                default -> Content.RAW;
            };
            if (RAW.contains(name)) content = Content.RAW;
            break;
        }
        return new Opening(name, from, m.end(), content, mdStart, mdEnd);
    }

    /**
     * Follows the elements named {@code name} through {@code line} from {@code from}: gives the closing
     * tag that brings {@code depth} (how many are open, updated in place) to nought, or null when the line
     * leaves some open. Comments on the line are skipped.
     */
    static Closing follow(CharSequence line, int from, String name, int[] depth) {
        Matcher m = TAG.matcher(line);
        int i = from;
        int n = line.length();
        while (i < n) {
            if (line.charAt(i) != '<') {
                i++;
                continue;
            }
            if (startsWith(line, i, "<!--")) {
                int end = indexOf(line, "-->", i + 4);
                if (end < 0) return null; // the rest of the line is a comment
                i = end + 3;
                continue;
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            if (m.group(1) != null) {
                if (m.group(1).equalsIgnoreCase(name) && --depth[0] == 0) return new Closing(m.start(), m.end());
            } else if (m.group(2).equalsIgnoreCase(name) && m.group(4).isEmpty()) {
                depth[0]++;
            }
            i = m.end();
        }
        return null;
    }

    private static boolean startsWith(CharSequence line, int at, String prefix) {
        if (at + prefix.length() > line.length()) return false;
        for (int k = 0; k < prefix.length(); k++) if (line.charAt(at + k) != prefix.charAt(k)) return false;
        return true;
    }

    private static int indexOf(CharSequence line, String needle, int from) {
        for (int k = from; k + needle.length() <= line.length(); k++) if (startsWith(line, k, needle)) return k;
        return -1;
    }
}
