package dev.handbook;

import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.check.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample handbook in content/ is the project's demo and its largest fixture: it must build clean. */
class SampleHandbookTest {
    private static final Path CONTENT = Path.of("content");

    @TempDir
    static Path dir;

    static Path site;
    static Outcome outcome;

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        outcome = Handbooks.build(CONTENT, site, Options.DEFAULT);
    }

    @Test
    void buildsWithoutProblems() {
        assertThat(outcome.problems()).extracting(Problem::toString).isEmpty();
        assertThat(outcome.written()).isTrue();
    }

    @Test
    void isAHandbookOfAtLeastEightChaptersAndFortyPages() throws IOException {
        assertThat(outcome.pages()).isGreaterThanOrEqualTo(40);
        assertThat(markdownFiles()).hasSize(outcome.pages());
        Document home = Fixtures.page(site, "index.html");
        assertThat(home.select("#sidebar > ul.handbook-nav > li")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyInternalLinkAndImageResolves() {
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void everyPageListsEveryChapterInItsSidebar() {
        List<String> chapters = Fixtures.page(site, "index.html").select("#sidebar > ul.handbook-nav > li > a").eachText();
        for (String html : Fixtures.htmlFiles(site)) {
            Document page = Fixtures.page(site, html);
            if (page.getElementById("sidebar") == null) continue; // permalink pages only lead on
            assertThat(page.select("#sidebar > ul.handbook-nav > li > a").eachText()).as(html).isEqualTo(chapters);
        }
    }

    @Test
    void usesEveryKindOfEntryAndAtLeastEightFullCases() {
        for (String overview : List.of("lessen.html", "tips.html", "trucs.html")) {
            assertThat(Fixtures.page(site, overview).select("main li a[href*=#]")).as(overview).hasSizeGreaterThan(5);
        }
        Document cases = Fixtures.page(site, "casussen.html");
        List<Element> items = cases.select("main li.handbook-listing__item");
        assertThat(items).hasSizeGreaterThanOrEqualTo(8);
        for (Element item : items) {
            for (String facet : List.of("thema", "schaal", "provincie", "jaar", "instrument")) {
                assertThat(item.attr("data-f-" + facet)).as(item.text() + ": " + facet).isNotBlank();
            }
            assertThat(item.select("dl dt").eachText()).as(item.text()).contains("Regio", "Partners");
        }
    }

    @Test
    void exercisesTablesFootnotesImagesAndSections() {
        StringBuilder all = new StringBuilder();
        for (String html : Fixtures.htmlFiles(site)) {
            Element main = Fixtures.page(site, html).selectFirst("main");
            if (main != null) all.append(main.html());
        }
        Document body = org.jsoup.Jsoup.parseBodyFragment(all.toString());
        assertThat(body.select("table")).isNotEmpty();
        assertThat(body.select(".footnotes, section.footnotes, div.footnotes")).isNotEmpty();
        assertThat(body.select("img[src$=.svg]")).isNotEmpty().allSatisfy(img -> assertThat(img.attr("alt")).isNotBlank());
        assertThat(body.select("dl")).isNotEmpty();
    }

    private static List<Path> markdownFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CONTENT)) {
            return files.filter(p -> p.toString().endsWith(".md")).toList();
        }
    }
}
