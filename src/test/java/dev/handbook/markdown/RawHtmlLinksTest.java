package dev.handbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.SiteLinks;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links and images in raw HTML ({@code <a href>}, {@code <img src>}, {@code srcset}, {@code <source>}), in
 * blocks and inline, are rewritten to the output pages and checked as Markdown links are: built from the
 * fixture {@code raw-html} (every link good, HTML blocks read as Python-Markdown reads them) and checked
 * on {@code raw-html-broken} (every kind of broken one, at its line and column).
 */
class RawHtmlLinksTest {
    @TempDir
    static Path dir;

    static Path site;
    static Outcome outcome;

    @BeforeAll
    static void build() throws Exception {
        Path source = Fixtures.copy("raw-html", dir);
        site = dir.resolve("site");
        outcome = Handbooks.build(source, site, Options.DEFAULT);
    }

    @Test
    void everyLinkAndSourceInRawHtmlLeadsToAFileOfTheSite() {
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.written()).isTrue();
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void linksToMarkdownFilesInRawHtmlBecomeTheAddressesOfTheirPages() {
        Document page = Fixtures.page(site, "uit-mkdocs/html.html");
        Element content = page.selectFirst(".handbook-content");
        assertThat(content.select("div.kader a").eachAttr("href")).containsExactly("doel.html#doel-en-aanpak");
        assertThat(content.select("a:contains(link naar een anker in HTML)").attr("href")).isEqualTo("doel.html#samenvatting");
        assertThat(content.select("a:contains(link naar de start)").attr("href")).isEqualTo("../index.html");
        assertThat(content.select("div.extern a").attr("href")).isEqualTo("https://www.example.org/handboek");
    }

    @Test
    void imagesInRawHtmlAreCopiedAndTheirSourcesAndSrcsetsRelativeToThePage() {
        Document page = Fixtures.page(site, "uit-mkdocs/html.html");
        Element figure = page.selectFirst(".handbook-content figure img");
        assertThat(figure.attr("src")).isEqualTo("kaart.svg");
        assertThat(figure.attr("srcset")).isEqualTo("kaart.svg 1x, kaart-groot.svg 2x");
        assertThat(page.select(".handbook-content picture source").attr("srcset")).isEqualTo("kaart-groot.svg");
        assertThat(Files.isRegularFile(site.resolve("uit-mkdocs/kaart.svg"))).isTrue();
        assertThat(Files.isRegularFile(site.resolve("uit-mkdocs/kaart-groot.svg"))).isTrue();
        // the print page resolves them from the root, as it does a Markdown image
        Document print = Fixtures.page(site, "print.html");
        assertThat(print.select("picture img").attr("src")).isEqualTo("uit-mkdocs/kaart.svg");
        assertThat(print.select("figure img").attr("srcset")).isEqualTo("uit-mkdocs/kaart.svg 1x, uit-mkdocs/kaart-groot.svg 2x");
        assertThat(print.select("picture source").attr("srcset")).isEqualTo("uit-mkdocs/kaart-groot.svg");
    }

    @Test
    void brokenLinksAndImagesInRawHtmlAreReportedAtTheirLineAndColumn() throws Exception {
        Path source = Fixtures.copy("raw-html-broken", dir);
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).endsWith("01-links/01-kapot.md"));
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::column, Problem::args).containsExactly(
                tuple("link.broken", 4, 18, List.of("weg.md", "")), // "": no name in that folder is close
                tuple("link.anchor-missing", 9, 19, List.of("index.md#geen-kop", "geen-kop")),
                tuple("image.missing", 10, 37, List.of("ontbreekt.svg", "")),
                tuple("image.missing", 14, 11, List.of("weg.svg", "")),
                tuple("link.anchor-missing", 18, 21, List.of("index.md#ook-geen-kop", "ook-geen-kop")),
                tuple("link.placeholder", 22, 8, List.of()),
                tuple("link.placeholder", 22, 46, List.of()));
        // an empty anchor is a link still to be made, not a broken one: it warns and does not stop the build
        assertThat(problems).filteredOn(p -> p.code().equals("link.placeholder"))
                .allSatisfy(p -> assertThat(p.severity()).isEqualTo(dev.handbook.check.Severity.WARNING));
    }

    @Test
    void aPlaceholderLinkWarnsAndLeadsToItsPageInThePrintPage() throws Exception {
        Path source = Fixtures.copy("raw-html", dir.resolve("placeholder"));
        Path page = source.resolve("01-uit-mkdocs/02-doel.md");
        Files.writeString(page, Files.readString(page) + "\nEen <a href=\"#\">link die nog komt</a> en [nog een](#).\n");
        Path out = dir.resolve("site-placeholder");
        Outcome built = Handbooks.build(source, out, Options.DEFAULT);
        assertThat(built.written()).isTrue();
        assertThat(built.problems()).extracting(Problem::code).containsExactly("link.placeholder", "link.placeholder");
        assertThat(SiteLinks.broken(out)).isEmpty();
        Document print = Fixtures.page(out, "print.html");
        Element start = print.selectFirst("a:contains(link die nog komt)");
        assertThat(start.attr("href")).startsWith("#p-").doesNotContain("--");
        assertThat(print.getElementById(start.attr("href").substring(1))).isNotNull();
    }

    @Test
    void commonMarkHandbooksKeepTheirReadingOfRawHtml() throws Exception {
        // Without html-blocks: python, a blank line ends a block of HTML and what is indented after it is code.
        Path source = Fixtures.copy("raw-html", dir.resolve("commonmark"));
        Files.writeString(source.resolve("handbook.yml"), "title: Handboek uit MkDocs\nlanguage: nl\n");
        Path out = dir.resolve("site-commonmark");
        Handbooks.build(source, out, Options.DEFAULT);
        Element content = Fixtures.page(out, "uit-mkdocs/html.html").selectFirst(".handbook-content");
        assertThat(content.select("pre code").eachText()).anyMatch(code -> code.contains("<p>Nog een alinea"));
    }
}
