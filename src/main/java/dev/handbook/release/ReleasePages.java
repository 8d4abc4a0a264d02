package dev.handbook.release;

import dev.handbook.Rendering;
import dev.handbook.output.OutputFile;
import dev.handbook.render.print.PrintPage;
import dev.handbook.text.Urls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What makes a rendered site an edition: the changes page, the appendix of changes in the print page
 * (and so in the PDF), and on every page a banner that names the edition and its date and leads to the
 * current edition where handbook.yml gives its address.
 */
final class ReleasePages {
    static final String CHANGES = "changes.html";
    static final String CSS = "assets/editions.css";
    static final String PRINT_ANCHOR = "print-wijzigingen";

    private final Rendering rendering;
    private final Labels labels;
    private final String version;
    private final Stamp stamp;

    ReleasePages(Rendering rendering, Labels labels, String version, Stamp stamp) {
        this.rendering = rendering;
        this.labels = labels;
        this.version = version;
        this.stamp = stamp;
    }

    List<OutputFile> decorate(Changes changes) {
        ChangesHtml html = new ChangesHtml(labels, rendering.handbook().config());
        List<OutputFile> files = new ArrayList<>();
        for (OutputFile file : rendering.files()) {
            if (file.path().equals(PrintPage.PATH)) {
                files.add(withAppendix((OutputFile.Generated) file, html, changes));
            } else if (file instanceof OutputFile.Generated g && g.path().endsWith(".html")) {
                files.add(withBanner(g));
            } else {
                files.add(file);
            }
        }
        Element body = new Document("").body();
        html.write(body, version, changes, 2, ChangesHtml.linksFrom(CHANGES));
        files.add(withBanner((OutputFile.Generated) rendering.renderer().extraPage(CHANGES, labels.get("changes.title"),
                labels.get("changes.summary"), body.html())));
        return files;
    }

    private OutputFile withBanner(OutputFile.Generated page) {
        Document doc = parse(page.bytes());
        String root = Urls.root(page.path());
        HtmlPages.stylesheet(doc, root + CSS);
        Element banner = new Element("div").addClass("edition-banner").attr("role", "note");
        Element p = banner.appendElement("p");
        p.appendText(labels.get("banner.text", version, labels.date(stamp.date())) + " ");
        p.appendElement("a").attr("href", root + CHANGES).text(labels.get("banner.changes"));
        String base = rendering.handbook().config().baseUrl();
        if (base != null) {
            p.appendText(" · ");
            p.appendElement("a").attr("href", base).text(labels.get("banner.current"));
        }
        HtmlPages.afterSkipLink(doc, banner);
        return new OutputFile.Generated(page.path(), HtmlPages.bytes(doc));
    }

    private OutputFile withAppendix(OutputFile.Generated print, ChangesHtml html, Changes changes) {
        Document doc = parse(print.bytes());
        Element main = doc.selectFirst("main");
        if (main == null) main = doc.body();
        Element section = main.appendElement("section")
                .addClass("print-part").addClass("print-part--chapter").addClass("print-appendix")
                .attr("aria-labelledby", PRINT_ANCHOR);
        section.appendElement("h2").id(PRINT_ANCHOR).text(labels.get("changes.title"));
        html.write(section, version, changes, 3, null);
        Element toc = doc.selectFirst(".print-toc ul");
        if (toc != null) {
            toc.appendElement("li").addClass("print-toc__item").addClass("print-toc__item--level2")
                    .appendElement("a").attr("href", "#" + PRINT_ANCHOR).text(labels.get("changes.title"));
        }
        HtmlPages.stylesheet(doc, CSS);
        return new OutputFile.Generated(print.path(), HtmlPages.bytes(doc));
    }

    private static Document parse(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }
}
