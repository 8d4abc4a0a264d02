package dev.handbook.release;

import dev.handbook.config.HandbookConfig;
import dev.handbook.model.SitePaths;
import dev.handbook.output.OutputFile;
import dev.handbook.output.PageFrame;
import dev.handbook.output.SiteTransform;
import dev.handbook.text.Urls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What makes a rendered site an edition, as a step on its way out: the changes page, the appendix of
 * changes in the print page (and so in the PDF), and on every page a banner that names the edition and
 * its date and leads to the current edition where handbook.yml gives its address.
 */
final class ReleasePages implements SiteTransform {
    static final String PRINT_ANCHOR = "print-wijzigingen";

    private final HandbookConfig config;
    private final Labels labels;
    private final String version;
    private final Stamp stamp;
    private final Changes changes;
    private final ChangesHtml html;

    ReleasePages(HandbookConfig config, Labels labels, String version, Stamp stamp, Changes changes) {
        this.config = config;
        this.labels = labels;
        this.version = version;
        this.stamp = stamp;
        this.changes = changes;
        this.html = new ChangesHtml(labels, config);
    }

    @Override
    public OutputFile apply(OutputFile file) throws IOException {
        if (file.path().equals(SitePaths.PRINT)) return withAppendix(file);
        // a copied HTML file is the handbook's own asset, published as it is
        if (file instanceof OutputFile.Copied || !file.path().endsWith(".html")) return file;
        return withBanner(file.path(), file.read());
    }

    @Override
    public List<OutputFile> added(PageFrame frame) throws IOException {
        Document doc = new Document("");
        // pretty printing puts line breaks around the marks, which read as spaces: "Hier , nu" for "Hier, nu"
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        html.write(body, version, changes, 2, ChangesHtml.linksFrom(SitePaths.CHANGES));
        OutputFile page = frame.page(SitePaths.CHANGES, labels.get("changes.title"), labels.get("changes.summary"),
                body.html());
        return List.of(withBanner(page.path(), page.read()));
    }

    private OutputFile withBanner(String path, byte[] page) {
        Document doc = parse(page);
        String root = Urls.root(path);
        HtmlPages.stylesheet(doc, root + SitePaths.EDITIONS_CSS);
        Element banner = new Element("div").addClass("edition-banner").attr("role", "note");
        Element p = banner.appendElement("p");
        p.appendText(labels.get("banner.text", version, labels.date(stamp.date())) + " ");
        p.appendElement("a").attr("href", root + SitePaths.CHANGES).text(labels.get("banner.changes"));
        String base = config.baseUrl();
        if (base != null) {
            p.appendText(" · ");
            p.appendElement("a").attr("href", base).text(labels.get("banner.current"));
        }
        HtmlPages.afterSkipLink(doc, banner);
        return new OutputFile.Generated(path, HtmlPages.bytes(doc));
    }

    private OutputFile withAppendix(OutputFile print) throws IOException {
        Document doc = parse(print.read());
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
        HtmlPages.stylesheet(doc, SitePaths.EDITIONS_CSS);
        return new OutputFile.Generated(print.path(), HtmlPages.bytes(doc));
    }

    private static Document parse(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }
}
