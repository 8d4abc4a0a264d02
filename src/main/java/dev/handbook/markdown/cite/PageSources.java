package dev.handbook.markdown.cite;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The list of sources that ends a page that cites ("Bronnen"), and on the bibliography page every
 * entry. A section of the body, so that print and PDF carry it with the page, under the page's title.
 */
public final class PageSources {
    /** The id of the section's heading: prefixed, so that no heading of the page takes it. */
    public static final String ID = "handbook-sources";

    private PageSources() {}

    /** The keys the document cites, in the order of their first use. */
    public static Set<String> cited(Document document) {
        Set<String> keys = new LinkedHashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof CitationNode citation) citation.items().forEach(item -> keys.add(item.key()));
        }
        return keys;
    }

    /** The section for a page at {@code sourcePath}, or "" when it cites nothing and is not the bibliography page. */
    public static String html(CitationFormatter formatter, String sourcePath, Document document) {
        List<String> entries = sourcePath.equals(formatter.bibliographyPage())
                ? formatter.allEntries() : formatter.entries(cited(document));
        if (entries.isEmpty()) return "";
        StringBuilder html = new StringBuilder("<section class=\"handbook-sources\">\n<h2 id=\""
                + ID + "\">" + escape(formatter.heading()) + "</h2>\n<div class=\"csl-bib-body\">\n");
        entries.forEach(entry -> html.append(entry.strip()).append('\n'));
        return html.append("</div>\n</section>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
