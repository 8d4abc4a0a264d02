package dev.handbook.render.pdf;

import dev.handbook.model.Handbook;
import dev.handbook.model.TocNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The PDF of each chapter, for readers who need one chapter on paper: made from the chapter's own part
 * of the print page (its opening page and every page below it) under the handbook's title, and linked
 * from the chapter's web page.
 */
public final class ChapterPdfs {
    /** A chapter's page and where its PDF goes: next to the page, named after the chapter's folder. */
    public record Chapter(String pagePath, String pdfPath) {
        /** The PDF's address from the chapter's page. */
        String href() {
            return pdfPath.substring(pdfPath.lastIndexOf('/') + 1);
        }
    }

    private ChapterPdfs() {}

    public static List<Chapter> of(Handbook handbook) {
        List<Chapter> chapters = new ArrayList<>();
        for (TocNode chapter : handbook.chapters()) {
            String page = chapter.page().outputPath();
            String pdf;
            if (page.endsWith("/index.html")) {
                String folder = page.substring(0, page.length() - "/index.html".length());
                pdf = folder + "/" + folder.substring(folder.lastIndexOf('/') + 1) + ".pdf";
            } else {
                pdf = page.replaceAll("\\.html$", "") + ".pdf";
            }
            chapters.add(new Chapter(page, pdf));
        }
        return chapters;
    }

    /**
     * The print page cut down to one chapter: its head (style sheet, title) and the chapter's parts, with
     * links to the rest of the handbook turned into text. Null when the print page has no such chapter.
     */
    static byte[] html(Document print, Chapter chapter) {
        Element start = print.selectFirst("section.print-part[data-path=" + chapter.pagePath() + "]");
        if (start == null) return null;
        Document doc = shell(print);
        Element main = doc.selectFirst("main");
        // The handbook's title heads the chapter's PDF, as on the cover of the whole: it is the document's
        // first-level heading, which PDF/UA wants first, and the chapter's title stays second-level below it.
        Element title = print.selectFirst(".print-cover h1");
        if (title != null) main.appendElement("h1").addClass("print-chapter-book").text(title.text());
        // the chapter opens the document: a break before it would leave the first page blank
        main.appendChild(start.clone().attr("style", "page-break-before: auto"));
        for (Element next = start.nextElementSibling();
                next != null && !next.hasClass("print-part--chapter"); next = next.nextElementSibling()) {
            main.appendChild(next.clone());
        }
        Set<String> ids = new HashSet<>(doc.select("[id]").eachAttr("id"));
        for (Element link : doc.select("a[href^=#]")) {
            if (!ids.contains(link.attr("href").substring(1))) link.unwrap();
        }
        doc.selectFirst("title").text(start.selectFirst(".print-title").text() + " – " + doc.title());
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The print page with its body emptied of elements but an empty {@code main}, the rest as it is: each
     * chapter copies only its own parts, where a copy of the whole print page per chapter made the work
     * grow with chapters times pages.
     */
    private static Document shell(Document print) {
        Document doc = print.shallowClone();
        Element main = print.selectFirst("main");
        for (Node node : print.childNodes()) doc.appendChild(shell(node, print.body(), main));
        return doc;
    }

    private static Node shell(Node node, Element body, Element main) {
        if (!(node instanceof Element element)) return node.clone();
        Element copy = element.shallowClone();
        if (element == body) {
            for (Node child : body.childNodes()) if (!(child instanceof Element)) copy.appendChild(child.clone());
            Element emptyMain = main.shallowClone();
            for (Node child : main.childNodes()) if (!(child instanceof Element)) emptyMain.appendChild(child.clone());
            copy.appendChild(emptyMain);
        } else {
            for (Node child : element.childNodes()) copy.appendChild(shell(child, body, main));
        }
        return copy;
    }

    /** A chapter page with the link to its PDF after its title; the page's bytes are otherwise kept as they are. */
    static byte[] linked(byte[] page, Chapter chapter, String label) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.indexOf("</h1>");
        if (end < 0) return page;
        end += "</h1>".length();
        String link = "\n  <p class=\"handbook-chapter-pdf\"><a href=\"" + chapter.href() + "\" type=\"application/pdf\">"
                + org.jsoup.nodes.Entities.escape(label) + "</a></p>";
        return (html.substring(0, end) + link + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
