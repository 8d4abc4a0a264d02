package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles, summaries, overview excerpts, field values and the search index's titles get the same Dutch
 * typography as bodies: curly quotes, the apostrophe of "thema’s", dashes for -- and ---.
 */
class TitleTypographyTest {
    @TempDir
    Path dir;

    @Test
    void titlesSummariesExcerptsAndTheSearchIndexAreCurledAsBodiesAre() throws IOException {
        Path source = Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Proef\nlanguage: nl\ntypes:\n  tip: { label: Tip, plural: Tips }\n"
                        + "  casus: { label: Casus, plural: Casussen }\n"
                        + "fields:\n  resultaat: { label: Resultaat, type: text }\n"
                        + "  fase: { label: Fase, values: { start: \"'t Begin\" } }\n"
                        + "case-index: casus\n",
                "index.md", "---\ntitle: Welkom\n---\nTekst.\n",
                "01-themas/index.md", "---\ntitle: Thema's en kapitalen\nsummary: \"Over 'later' -- en de regio's\"\n---\n"
                        + "De thema's in de tekst.\n\n::: tip Loop de acht thema's langs\nNoem \"later\" -- en elders.\n:::\n",
                "02-casus/index.md", "---\ntitle: De casus van 's-Hertogenbosch\ntype: casus\n"
                        + "resultaat: \"Een vragenlijst voor regio's\"\nfase: start\n---\nTekst.\n"));
        Path site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).problems()).isEmpty();

        Document page = Fixtures.page(site, "themas/index.html");
        assertThat(page.title()).startsWith("Thema’s en kapitalen");
        assertThat(page.selectFirst("h1").text()).contains("Thema’s en kapitalen");
        assertThat(page.text()).contains("De thema’s in de tekst", "Loop de acht thema’s langs", "Noem “later” – en elders");

        Document home = Fixtures.page(site, "index.html");
        assertThat(home.text()).contains("Thema’s en kapitalen", "Over ‘later’ – en de regio’s");

        Document tips = Fixtures.page(site, "tips.html");
        assertThat(tips.text()).contains("Loop de acht thema’s langs", "Noem “later” – en elders");

        Document casus = Fixtures.page(site, "casus/index.html");
        assertThat(casus.title()).startsWith("De casus van ’s-Hertogenbosch");
        assertThat(casus.select("dd").text()).contains("Een vragenlijst voor regio’s", "’t Begin");
        Document cases = Fixtures.page(site, "casussen.html");
        assertThat(cases.text()).contains("De casus van ’s-Hertogenbosch", "Een vragenlijst voor regio’s");

        for (Document d : java.util.List.of(page, home, tips, casus, cases)) {
            assertThat(d.select("h1, h2, h3, title, dd, li p, li a").eachText())
                    .as(d.location()).noneMatch(t -> t.contains("'") || t.contains("\"") || t.contains("--"));
        }
        String index;
        try (Stream<Path> files = Files.list(site.resolve("search"))) {
            index = files.filter(f -> f.getFileName().toString().startsWith("d")).map(f -> read(f)).collect(Collectors.joining());
        }
        assertThat(index).contains("Thema\\u2019s en kapitalen", "Loop de acht thema\\u2019s langs").doesNotContain("thema's");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
