package dev.handbook.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How many HTML elements are open after the raw HTML of a page so far, read as a browser (and jsoup)
 * would build the tree: void elements open nothing, an element whose end tag may be left out ({@code li},
 * {@code p}, {@code td}, ...) is closed by the next one of its kind, and an end tag closes up to the
 * nearest open element of its name, looked for no deeper than jsoup looks. Linear in the text: the
 * raw HTML of a page comes in piece by piece (flexmark splits it into blocks and inline tags), and the
 * depth carries over from one piece to the next, as the elements do in the page.
 */
final class HtmlDepth {
    /** How far down the open elements an end tag is matched; jsoup's own limit, so that a page of stray end tags stays linear. */
    private static final int SCOPE_SEARCH = 100;
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame");
    /** Elements whose end tag may be left out, with the open elements that their start closes. */
    private static final Map<String, Set<String>> CLOSES = Map.ofEntries(
            Map.entry("li", Set.of("li", "p")),
            Map.entry("dt", Set.of("dt", "dd", "p")),
            Map.entry("dd", Set.of("dt", "dd", "p")),
            Map.entry("p", Set.of("p")),
            Map.entry("tr", Set.of("tr", "td", "th", "p")),
            Map.entry("td", Set.of("td", "th", "p")),
            Map.entry("th", Set.of("td", "th", "p")),
            Map.entry("thead", Set.of("thead", "tbody", "tfoot", "tr", "td", "th", "p")),
            Map.entry("tbody", Set.of("thead", "tbody", "tfoot", "tr", "td", "th", "p")),
            Map.entry("tfoot", Set.of("thead", "tbody", "tfoot", "tr", "td", "th", "p")),
            Map.entry("option", Set.of("option")),
            Map.entry("optgroup", Set.of("optgroup", "option")),
            Map.entry("rt", Set.of("rt", "rp")),
            Map.entry("rp", Set.of("rt", "rp")));
    /** Block elements, whose start closes an open paragraph. */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "details", "div",
            "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "main", "nav", "ol", "pre", "section", "table", "ul");

    /** The elements that end the scope of an end tag (the HTML standard's "has an element in scope"), SVG and MathML's among them. */
    private static final Set<String> SCOPE_BOUNDARIES = Set.of("applet", "caption", "html", "table", "td", "th",
            "marquee", "object", "template", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject",
            "desc", "title");

    /** End tags that close the open cells and rows of their table ("table scope"), as {@code <td>x</table>} does. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "tbody", "thead", "tfoot", "tr");

    private final Deque<String> open = new ArrayDeque<>();

    /** The elements open now. */
    int depth() {
        return open.size();
    }

    /** Reads one piece of raw HTML; gives the most elements that were open at any point in it. */
    int feed(CharSequence html) {
        int deepest = open.size();
        int n = html.length();
        int i = 0;
        while (i < n) {
            if (html.charAt(i) != '<') {
                i++;
                continue;
            }
            if (startsWith(html, i, "<!--")) {
                int end = indexOf(html, "-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (i + 1 < n && (html.charAt(i + 1) == '!' || html.charAt(i + 1) == '?')) {
                i = skipTag(html, i + 2);
            } else if (i + 2 < n && html.charAt(i + 1) == '/' && isLetter(html.charAt(i + 2))) {
                int nameEnd = nameEnd(html, i + 2);
                close(html.subSequence(i + 2, nameEnd).toString().toLowerCase(Locale.ROOT));
                i = skipTag(html, nameEnd);
            } else if (i + 1 < n && isLetter(html.charAt(i + 1))) {
                int nameEnd = nameEnd(html, i + 1);
                String name = html.subSequence(i + 1, nameEnd).toString().toLowerCase(Locale.ROOT);
                int end = skipTag(html, nameEnd);
                boolean selfClosing = end - 2 > nameEnd && html.charAt(end - 2) == '/' && html.charAt(end - 1) == '>';
                start(name, selfClosing);
                deepest = Math.max(deepest, open.size());
                i = end;
            } else {
                i++;
            }
        }
        return deepest;
    }

    private void start(String name, boolean selfClosing) {
        Set<String> closes = CLOSES.get(name);
        if (closes != null) {
            while (!open.isEmpty() && closes.contains(open.peek())) open.pop();
        } else if (CLOSES_P.contains(name) && "p".equals(open.peek())) {
            open.pop();
        }
        if (!VOID.contains(name) && !selfClosing) open.push(name);
    }

    /**
     * Closes up to the nearest open element of this name, as a browser does only when no scope boundary
     * stands between: {@code <div><table><td></div>} leaves the cell, the table and the div open (the end
     * tag is ignored), so a page that repeats it nests deeper each time. Counting such an end tag as
     * closing would let a page through whose tree is thousands of levels deep.
     */
    private void close(String name) {
        int found = 0;
        for (String element : open) {
            found++;
            if (element.equals(name)) {
                for (int k = 0; k < found; k++) open.pop();
                return;
            }
            if (found >= SCOPE_SEARCH || isBoundary(element, name)) return;
        }
    }

    /** Whether an open element ends the scope in which an end tag of {@code name} is looked for. */
    private static boolean isBoundary(String element, String name) {
        if (TABLE_PARTS.contains(name)) return element.equals("table") || element.equals("html") || element.equals("template");
        if (SCOPE_BOUNDARIES.contains(element)) return true;
        if (name.equals("li")) return element.equals("ol") || element.equals("ul");
        if (name.equals("p")) return element.equals("button");
        return false;
    }

    /** The index after the {@code >} that ends a tag, past quoted attribute values. */
    private static int skipTag(CharSequence html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    private static int nameEnd(CharSequence html, int from) {
        int i = from;
        while (i < html.length() && (isLetter(html.charAt(i)) || Character.isDigit(html.charAt(i)) || html.charAt(i) == '-')) i++;
        return i;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) return false;
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(at + k) != prefix.charAt(k)) return false;
        }
        return true;
    }

    private static int indexOf(CharSequence text, String what, int from) {
        for (int i = from; i + what.length() <= text.length(); i++) {
            if (startsWith(text, i, what)) return i;
        }
        return -1;
    }
}
