package dev.handbook.render.pdf;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Soft hyphens in the running text of the PDF's print page, where the language's patterns allow a
 * break, so that openhtmltopdf can break long Dutch compounds ("welvaarts­paragraaf") instead of
 * leaving wide gaps. Only the PDF gets them: browsers hyphenate {@code print.html} themselves.
 * Headings, the contents and appendix lines, code, and words that are part of an address keep whole.
 */
final class SoftHyphens {
    static final char SOFT_HYPHEN = '\u00AD';
    /** Shorter words gain little from a break and read worse for it. */
    private static final int SHORTEST = 7;
    private static final Set<String> WHOLE = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "pre", "code", "kbd", "samp",
            "script", "style", "title", "head", "bookmarks", "svg", "math");

    /** Lines that end in a page number or stand alone: the cover, contents, chapter contents, appendices, running headers. */
    private static final Set<String> LISTS = Set.of("print-cover", "print-toc", "print-opening", "print-appendix__list",
            "pdf-running", "pdf-running-section");

    private SoftHyphens() {}

    /**
     * Inserts soft hyphens into the text of {@code html}'s body, in elements whose language is {@code
     * language}; returns the words that got one, in lower case, for {@link WholeWords}.
     */
    static Set<String> insert(Document html, String language, Hyphenator hyphenator) {
        Set<String> words = new HashSet<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && wanted(text, language)) {
                    String hyphenated = hyphenate(text.getWholeText(), hyphenator);
                    for (String word : hyphenated.split("[^\\p{L}\u00AD]+")) {
                        if (word.indexOf(SOFT_HYPHEN) >= 0) words.add(word.replace("\u00AD", "").toLowerCase(Locale.ROOT));
                    }
                    text.text(hyphenated);
                }
            }
        }, html.body());
        return words;
    }

    private static boolean wanted(TextNode text, String language) {
        for (Element e = (Element) text.parent(); e != null; e = e.parent()) {
            if (WHOLE.contains(e.normalName())) return false;
            for (String kind : LISTS) {
                if (e.hasClass(kind)) return false;
            }
            if (e.hasAttr("lang")) return e.attr("lang").equals(language) || e.attr("lang").startsWith(language + "-");
        }
        return false;
    }

    /** Each run of letters in {@code text} long enough to break, hyphenated; chunks with an address in them left whole. */
    static String hyphenate(String text, Hyphenator hyphenator) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            String chunk = text.substring(i, end);
            if (chunk.indexOf('/') >= 0 || chunk.indexOf('@') >= 0 || chunk.indexOf(SOFT_HYPHEN) >= 0) {
                out.append(chunk);
            } else {
                word(chunk, hyphenator, out);
            }
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) out.append(text.charAt(end++));
            i = end;
        }
        return out.toString();
    }

    private static void word(String chunk, Hyphenator hyphenator, StringBuilder out) {
        int i = 0;
        while (i < chunk.length()) {
            int end = i;
            while (end < chunk.length() && Character.isLetter(chunk.charAt(end))) end++;
            if (end - i >= SHORTEST) {
                out.append(hyphenator.hyphenate(chunk.substring(i, end), String.valueOf(SOFT_HYPHEN)));
            } else {
                out.append(chunk, i, end);
            }
            if (end < chunk.length()) out.append(chunk.charAt(end++));
            i = end;
        }
    }
}
