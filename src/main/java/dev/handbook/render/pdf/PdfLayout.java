package dev.handbook.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What only the PDF needs on top of the print page: bookmarks (openhtmltopdf reads them from a
 * {@code <bookmarks>} element in the head), running headers (the chapter on left-hand pages, the
 * section on right-hand ones), footnotes moved to where they are called so that they float to the
 * foot of that page, and the page rules that use them. Browsers know none of these, so the print
 * page itself stays without them.
 */
final class PdfLayout {
    private static final String CSS = """
            .pdf-running { position: running(chapter); font-size: 8.5pt; color: #4d4d4d; }
            .pdf-running-section { position: running(section); font-size: 8.5pt; color: #4d4d4d; }
            @page :left { @top-left { content: element(chapter); font-family: "Open Sans", "DejaVu Sans", sans-serif; } }
            @page :right { @top-right { content: element(section); font-family: "Open Sans", "DejaVu Sans", sans-serif; } }
            @page :first { @top-left { content: none; } @top-right { content: none; } }
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
                // a right-hand page before the chapter's first section shows the chapter
                running(title, "pdf-running-section");
                running(title, "pdf-running");
            } else if (level == 3 && chapter != null) {
                chapter.appendElement("bookmark").attr("name", title.text()).attr("href", "#" + title.id());
                running(title, "pdf-running-section");
            }
        }
        footnotes(html);
    }

    private static void running(Element title, String kind) {
        title.parent().prependElement("div").addClass(kind).attr("aria-hidden", "true").text(title.text());
    }

    /**
     * Each footnote moves to its first call, as a {@code float: footnote} span that openhtmltopdf sets
     * at the foot of the call's page; the list at the end of the page goes. A footnote no call points
     * to stays in the list, so that no text is lost.
     */
    private static void footnotes(Document html) {
        for (Element list : html.select("div.footnotes")) {
            for (Element note : list.select("ol > li[id]")) {
                Element call = html.selectFirst("a.footnote-ref[href=#" + note.id() + "]");
                if (call == null) continue;
                note.select(".footnote-backref").remove();
                Element span = new Element("span").addClass("print-footnote").id(note.id());
                for (Element block : note.children()) {
                    if (span.childNodeSize() > 0) span.appendText(" ");
                    for (Node child : block.tagName().equals("p") ? block.childNodesCopy() : java.util.List.<Node>of(block.clone())) {
                        span.appendChild(child);
                    }
                }
                Element sup = call.parent() != null && call.parent().tagName().equals("sup") ? call.parent() : call;
                sup.replaceWith(span);
                note.remove();
            }
            if (list.select("li").isEmpty()) list.remove();
        }
    }
}
