package dev.handbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Messages;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an editor can get wrong in the dialects of MkDocs and Docusaurus, each at its file and line. */
class MarkdownDialectProblemsTest {
    @TempDir
    Path dir;

    private Path handbook(String config, String body) {
        return Fixtures.write(dir.resolve("boek"), Map.of(
                "handbook.yml", "title: Fouten\nlanguage: nl\ntypes:\n  casus: { label: Casus, plural: Casussen }\n" + config,
                "index.md", "---\ntitle: Start\n---\nTekst.\n",
                "01-h/index.md", "---\ntitle: H\n---\nTekst.\n",
                "01-h/01-p.md", "---\ntitle: P\n---\n\n" + body));
    }

    private static List<Object> where(Problem p) {
        return List.of(p.file().substring(p.file().indexOf("01-h/")), p.line(), p.severity().name(), p.code(), p.args());
    }

    @Test
    void unknownKindsAndNamesAreReportedAtTheirLine() {
        Path source = handbook("", """
                !!! tipp "Bijna een tip"
                    Tekst.

                :::bogus
                Tekst.
                :::

                :::info[Goed]
                Tekst.
                :::
                """);
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).extracting(p -> where(p).subList(0, 4)).containsExactly(
                List.of("01-h/01-p.md", 5, "WARNING", "admonition.unknown-kind"),
                List.of("01-h/01-p.md", 8, "ERROR", "fence.unknown-name"));
        assertThat(problems.get(0).args().get(2)).isEqualTo("tip");
        assertThat(new Messages("nl").hint(problems.get(0))).get().asString().startsWith("Bedoelde je ‘tip’? Toegestaan: abstract, ");
        assertThat(new Messages("en").message(problems.get(0))).isEqualTo("unknown admonition kind ‘tipp’; it is shown as a note");
        assertThat(problems.get(1).args().get(0)).isEqualTo("bogus");
        assertThat(problems.get(1).args().get(1)).contains("casus", "info", "danger", "success");
    }

    @Test
    void aMappingToATypeThatDoesNotExistIsAnErrorInHandbookYml() {
        Path source = handbook("admonitions:\n  example: casuss\n", "Tekst.\n");
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::args)
                .containsExactly(tuple("config.admonition-type", 6, List.of("example", "casuss", "casus", "casus")));
        assertThat(problems.get(0).file()).endsWith("handbook.yml");
        assertThat(new Messages("en").hint(problems.get(0))).get().asString().isEqualTo("Did you mean ‘casus’? Types: casus.");
    }

    @Test
    void aMappedAdmonitionWithoutATitleCannotBeAnEntry() {
        Path source = handbook("admonitions:\n  example: casus\n", "!!! example\n    Zonder titel.\n");
        assertThat(Handbooks.check(source, Options.DEFAULT).problems()).extracting(MarkdownDialectProblemsTest::where)
                .containsExactly(List.of("01-h/01-p.md", 5, "ERROR", "entry.no-title", List.of("Casus")));
    }

    @Test
    void colonFenceAttributesStillMakeEntriesBesideAttributeLists() throws Exception {
        Path source = handbook("fields:\n  regio: { label: Regio, type: text }\n", """
                ::: casus Eigen casus {#eigen-casus regio="Noord Holland"}
                Een alinea {#in-de-casus}
                :::

                ## Kop {#kop}
                """);
        Path site = dir.resolve("site");
        Outcome outcome = Handbooks.build(source, site, Options.DEFAULT);
        assertThat(outcome.problems()).isEmpty();
        Element content = Fixtures.page(site, "h/p.html").selectFirst(".handbook-content");
        Element entry = content.getElementById("eigen-casus");
        assertThat(entry.select(".handbook-entry__title").text()).isEqualTo("Eigen casus");
        assertThat(entry.select(".handbook-entry__fields dd").text()).isEqualTo("Noord Holland");
        assertThat(entry.select("#in-de-casus").text()).isEqualTo("Een alinea");
        assertThat(content.select("h2#kop").text()).isEqualTo("Kop");
    }

    @Test
    void aThemeOnDiskAddsClassesThatAttributeListsMayGive() throws Exception {
        Path source = handbook("theme: eigen-thema\n", "Groot {.groot .lead}\n\nKlein {.klein}\n");
        Fixtures.write(source.resolve("eigen-thema"), Map.of("theme.yml", "classes: [groot]\n"));
        Path site = dir.resolve("site");
        Outcome outcome = Handbooks.build(source, site, Options.DEFAULT);
        assertThat(outcome.problems()).extracting(Problem::code, Problem::args)
                .containsExactly(tuple("attributes.dropped", List.of(".klein", "center, compact, groot, lead, no-print, small")));
        Element content = Fixtures.page(site, "h/p.html").selectFirst(".handbook-content");
        assertThat(content.select("p").get(0).classNames()).containsExactly("groot", "lead");
        assertThat(content.select("p").get(1).classNames()).isEmpty();
        assertThat(content.text()).isEqualTo("Groot Klein");
    }
}
