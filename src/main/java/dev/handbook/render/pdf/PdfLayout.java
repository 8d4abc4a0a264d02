package dev.handbook.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What only the PDF needs on top of the print page: bookmarks (openhtmltopdf reads them from a
 * {@code <bookmarks>} element in the head), a running header per chapter, and the page rules that
 * use them. Browsers know none of these, so the print page itself stays without them.
 */
final class PdfLayout {
    private static final String CSS = """
            .pdf-running { position: running(chapter); font-size: 8.5pt; color: #4d4d4d; }
            @page { @top-center { content: element(chapter); font-family: "DejaVu Sans", sans-serif; } }
            @page :first { @top-center { content: none; } }
            """;

    private PdfLayout() {}

    static void prepare(Document html) {
        html.head().appendElement("style").text(CSS);
        Element bookmarks = html.head().appendElement("bookmarks");
        Element chapter = null;
        for (Element title : html.select(".print-part > .print-title, .print-appendix > h2")) {
            int level = Integer.parseInt(title.tagName().substring(1));
            if (level == 2) {
                chapter = bookmarks.appendElement("bookmark").attr("name", title.text()).attr("href", "#" + title.id());
                title.parent().prependElement("div").addClass("pdf-running").attr("aria-hidden", "true").text(title.text());
            } else if (level == 3 && chapter != null) {
                chapter.appendElement("bookmark").attr("name", title.text()).attr("href", "#" + title.id());
            }
        }
    }
}
