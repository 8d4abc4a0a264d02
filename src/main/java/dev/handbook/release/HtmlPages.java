package dev.handbook.release;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Small changes to pages the theme rendered, kept to what a theme's own templates cannot know. */
final class HtmlPages {
    private HtmlPages() {}

    static void stylesheet(Document doc, String href) {
        if (doc.head().selectFirst("link[href=" + href + "]") != null) return;
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", href);
    }

    /** Puts {@code element} first on the page, after the skip link, which must stay the first thing to tab to. */
    static void afterSkipLink(Document doc, Element element) {
        Element skip = doc.body().selectFirst("> a.handbook-skip-link");
        if (skip != null) {
            skip.after(element);
        } else {
            doc.body().prependChild(element);
        }
    }

    /** Inside the main content, before everything else: where a reader looks for the page's own matters. */
    static void atStartOfMain(Document doc, Element element) {
        Element main = doc.selectFirst("main");
        if (main == null) main = doc.body();
        main.prependChild(element);
    }

    static byte[] bytes(Document doc) {
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }
}
