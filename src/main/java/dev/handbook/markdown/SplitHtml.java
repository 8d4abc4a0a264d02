package dev.handbook.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of raw HTML that is one part of an element split over Markdown, as CommonMark allows and
 * GitHub and Docusaurus pages do: {@code <details><summary>Meer</summary>} in one block, Markdown after a
 * blank line, {@code </details>} in a block of its own. Sanitising such a block whole would close the
 * element where the block ends (the Markdown would fall out of the {@code <details>}) and drop the lone
 * closing tag, and the parse errors would read as active content. So the block is judged and cleaned as
 * written: the elements it leaves open stay open, the closing tags of elements opened before it stay,
 * and only what is active is reported and removed.
 */
final class SplitHtml {
    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*(/?)>",
            Pattern.DOTALL);
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "noscript");
    /** Elements the HTML parser adds around table rows; it closes them too when it closes the table. */
    private static final Set<String> IMPLIED = Set.of("tbody", "thead", "tfoot", "tr", "colgroup");

    private SplitHtml() {}

    /**
     * The block cut at its stray closing tags (those of elements opened before it): {@code pieces} has one
     * more entry than {@code closers}, piece {@code i} stands before closer {@code i}.
     */
    private record Cut(List<String> pieces, List<String> closers) {}

    /** Whether the block holds nothing that {@link #clean} would remove. */
    static boolean isSafe(String html) {
        Cut cut = cut(html);
        if (cut.closers().isEmpty() && open(html).isEmpty()) return HtmlSanitizer.isSafe(html);
        for (String closer : cut.closers()) if (!HtmlSanitizer.keepsTag(closer)) return false;
        for (String piece : cut.pieces()) if (!HtmlSanitizer.isSafe(closed(piece))) return false;
        return true;
    }

    /**
     * Whether the block holds active content (tags, attributes, comments), judged on its elements as
     * written; a lone closing tag is none (its opening tag, where it was not allowed, was reported).
     */
    static boolean hasActiveMarkup(String html) {
        for (String piece : cut(html).pieces()) if (HtmlSanitizer.hasActiveMarkup(closed(piece))) return true;
        return false;
    }

    /** The block sanitised, with the elements it leaves open still open and the stray closers it has kept. */
    static String clean(String html) {
        if (isSafe(html)) return html.strip();
        Cut cut = cut(html);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cut.pieces().size(); i++) {
            String piece = cut.pieces().get(i);
            List<String> open = open(piece);
            out.append(open.isEmpty() ? HtmlSanitizer.clean(piece) : reopen(HtmlSanitizer.clean(closed(piece)), open));
            if (i < cut.closers().size() && HtmlSanitizer.keepsTag(cut.closers().get(i))) {
                out.append("</").append(cut.closers().get(i)).append('>');
            }
        }
        return out.toString().strip();
    }

    /** The piece with the elements it leaves open closed, innermost first, as the parser would close them. */
    private static String closed(String piece) {
        StringBuilder out = new StringBuilder(piece);
        for (String name : open(piece)) out.append("</").append(name).append('>');
        return out.toString();
    }

    /** The cleaned HTML without the closing tags the parser added for {@code open} (innermost first). */
    private static String reopen(String cleaned, List<String> open) {
        String out = cleaned;
        for (String name : open) {
            if (!HtmlSanitizer.keepsTag(name)) continue; // removed with its closing tag
            String end = "</" + name + ">";
            while (!out.endsWith(end)) {
                String implied = implied(out);
                if (implied == null) return out;
                out = out.substring(0, out.length() - implied.length());
            }
            out = out.substring(0, out.length() - end.length());
        }
        return out;
    }

    /** The closing tag of an element the parser added and closed at the end of {@code html}, if any. */
    private static String implied(String html) {
        for (String name : IMPLIED) if (html.endsWith("</" + name + ">")) return "</" + name + ">";
        return null;
    }

    /** The elements the HTML opens and does not close, innermost first. */
    private static List<String> open(String html) {
        Deque<String> stack = new ArrayDeque<>();
        scan(html, stack, null);
        return new ArrayList<>(stack);
    }

    private static Cut cut(String html) {
        List<String> pieces = new ArrayList<>();
        List<String> closers = new ArrayList<>();
        int[] from = {0};
        scan(html, new ArrayDeque<>(), (closer, start, end) -> {
            pieces.add(html.substring(from[0], start));
            closers.add(closer);
            from[0] = end;
        });
        pieces.add(html.substring(from[0]));
        return new Cut(pieces, closers);
    }

    private interface StrayCloser {
        void at(String name, int start, int end);
    }

    /**
     * Walks the tags of {@code html} with a stack of open elements (a closing tag closes up to its own
     * element, as the parser does with what it left open inside); hands closing tags that match nothing
     * open to {@code stray}. The content of script, style and other raw-text elements is no markup.
     */
    private static void scan(String html, Deque<String> stack, StrayCloser stray) {
        Matcher tag = TAG.matcher(html);
        int from = 0;
        while (from < html.length() && tag.find(from)) {
            from = tag.end();
            if (tag.group(2) == null) continue; // a comment
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(1).isEmpty()) {
                if (RAW_TEXT.contains(name)) {
                    int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, from);
                    if (close < 0) {
                        stack.push(name);
                        return;
                    }
                    from = close;
                    stack.push(name);
                } else if (!VOID.contains(name) && tag.group(4).isEmpty()) {
                    stack.push(name);
                }
            } else if (stack.contains(name)) {
                while (!stack.pop().equals(name)) { /* closed with it */ }
            } else if (stray != null) {
                stray.at(name, tag.start(), tag.end());
            }
        }
    }
}
