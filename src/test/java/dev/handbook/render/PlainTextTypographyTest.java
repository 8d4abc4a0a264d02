package dev.handbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles, summaries and the excerpts of overviews get the Dutch quotes and dashes that bodies get
 * ("thema's" becomes "thema’s", "--" an en dash), on the built pages and in the search index's titles.
 */
class PlainTextTypographyTest {
    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path source = Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Proef\nlanguage: nl\ntypes:\n  tip: { label: Tip, plural: Tips }\n",
                "index.md", "---\ntitle: Welkom\n---\nOver brede welvaart.\n",
                "01-hoofdstuk/index.md", "---\ntitle: Het hoofdstuk\n---\nDe pagina's van dit hoofdstuk.\n",
                "01-hoofdstuk/01-themas.md", "---\ntitle: De thema's van 't Gooi -- kort\n"
                        + "summary: Over \"brede\" welvaart en de SDG's\n---\nTekst.\n\n"
                        + "::: tip Gebruik bestaande scenario's {#scenarios}\n"
                        + "Zelf scenario's maken -- dat kost tijd.\n:::\n"));
        site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).problems()).isEmpty();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aPageTitleAndSummaryGetCurlyQuotesAndDashes() throws IOException {
        Document page = page("hoofdstuk/themas.html");
        assertThat(page.selectFirst("h1").text()).endsWith("De thema’s van ’t Gooi – kort");
        assertThat(page.title()).startsWith("De thema’s van ’t Gooi – kort");
        Document chapter = page("hoofdstuk/index.html");
        assertThat(chapter.body().text()).contains("Over “brede” welvaart en de SDG’s").doesNotContain("SDG's");
    }

    @Test
    void anOverviewsTitlesAndExcerptsGetThemToo() throws IOException {
        Document tips = page("tips.html");
        assertThat(tips.selectFirst(".handbook-listing__title").text()).isEqualTo("Gebruik bestaande scenario’s");
        assertThat(tips.selectFirst(".handbook-listing__summary").text()).startsWith("Zelf scenario’s maken – dat");
        assertThat(tips.select(".handbook-listing__item").text()).doesNotContain("'").doesNotContain("--");
    }

    @Test
    void theSearchIndexTitlesAreTheCurledOnes() throws IOException {
        String index;
        try (Stream<Path> files = Files.list(site.resolve("search"))) {
            index = files.map(PlainTextTypographyTest::read).collect(Collectors.joining("\n"));
        }
        assertThat(index).contains("Gebruik bestaande scenario\\u2019s", "De thema\\u2019s van \\u2019t Gooi \\u2013 kort")
                .doesNotContain("scenario's").doesNotContain("thema's");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
