package dev.handbook.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.release.Releaser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes that passed silently before: Word's curly quotes, what {@code new} leaves to fill in,
 * and links and images to a file whose name is almost right.
 */
class EditorChecksTest {
    @TempDir
    Path dir;

    Path source;

    @BeforeEach
    void writeHandbook() {
        Map<String, String> files = new TreeMap<>();
        files.put("handbook.yml", """
                title: Proef
                language: nl
                types:
                  tip: { label: Tip, plural: Tips }
                fields:
                  regio: { label: Regio, type: text }
                """);
        files.put("01-h/index.md", "---\ntitle: Hoofdstuk\n---\nZie [de agenda](01-werken-met-de-leeragenda.md),"
                + " [ver weg](02-iets-heel-anders.md) en ![Kaart](hoogeveen-kaart.png).\n");
        files.put("01-h/01-werken-met-een-leeragenda.md", "---\ntitle: Leeragenda\n---\nTekst.\n");
        files.put("01-h/hoogeveen.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        files.put("01-h/02-krul.md", "---\ntitle: “Brede welvaart in Hoogeveen”\nsummary: ‘Kort’\nregio: „Drenthe”\n---\nTekst.\n");
        files.put("01-h/03-nieuw.md", "---\ntitle: Nieuw\ntype: tip\nsummary: \"\"\n---\nSchrijf hier de tekst van deze tip.\n");
        source = Fixtures.write(dir.resolve("content"), files);
    }

    private List<Problem> problems(String file) {
        return Handbooks.check(source, Options.DEFAULT).problems().stream().filter(p -> p.file().endsWith(file)).toList();
    }

    private static List<String> where(List<Problem> problems) {
        return problems.stream().map(p -> p.line() + ":" + p.column() + " " + p.severity() + " " + p.code()).toList();
    }

    @Test
    void curlyQuotesAroundTitleSummaryAndTextFieldsAreWarningsWithTheFix() {
        List<Problem> problems = problems("02-krul.md");
        assertThat(where(problems)).containsExactly("2:8 WARNING frontmatter.curly-quotes", "3:10 WARNING frontmatter.curly-quotes",
                "4:8 WARNING frontmatter.curly-quotes");
        Messages nl = new Messages("nl");
        assertThat(nl.message(problems.get(0)))
                .isEqualTo("de waarde van ‘title’ staat tussen gekrulde aanhalingstekens, die zo op de pagina komen: “Brede welvaart in Hoogeveen”");
        assertThat(nl.hint(problems.get(0))).hasValue("Typ rechte aanhalingstekens of laat ze weg: title: \"Brede welvaart in Hoogeveen\"");
    }

    @Test
    void theSampleTextOfNewAndAnEmptySummaryAreWarnings() {
        assertThat(where(problems("03-nieuw.md"))).containsExactly("4:10 WARNING frontmatter.summary-empty", "6:1 WARNING page.placeholder");
        assertThat(new Messages("nl").message(problems("03-nieuw.md").get(1)))
                .isEqualTo("de voorbeeldtekst van ‘handbook new’ staat nog op de pagina: ‘Schrijf hier de tekst van deze tip.’");
    }

    @Test
    void theSampleTextLeftInPassesABuildButNotARelease() throws Exception {
        Path clean = Fixtures.write(dir.resolve("schoon"), Map.of(
                "handbook.yml", "title: Proef\nlanguage: nl\ntypes:\n  tip: { label: Tip, plural: Tips }\n",
                "01-h/index.md", "---\ntitle: Hoofdstuk\n---\nTekst.\n",
                "01-h/01-nieuw.md", "---\ntitle: Nieuw\ntype: tip\n---\nSchrijf hier de tekst van deze tip.\n"));
        assertThat(Handbooks.check(clean, Options.DEFAULT).problems()).extracting(Problem::code).containsExactly("page.placeholder");
        assertThat(Handbooks.check(clean, Options.DEFAULT).failed(Options.DEFAULT)).isFalse();
        Releaser.Result result = Releaser.release(new Releaser.Request(clean, dir.resolve("releases"), "1", null, null,
                LocalDate.of(2025, 6, 2), "handbook test"), (key, args) -> { });
        assertThat(result.outcome().problems()).extracting(Problem::code).containsExactly("page.placeholder");
        assertThat(result.outcome().written()).isFalse();
    }

    @Test
    void aLinkOrImageToAMissingFileSuggestsTheNearestNameInThatFolder() {
        Messages nl = new Messages("nl");
        List<Problem> problems = problems("01-h/index.md");
        Problem link = problems.stream().filter(p -> p.args().get(0).startsWith("01-")).findFirst().orElseThrow();
        assertThat(link.code()).isEqualTo("link.broken");
        assertThat(nl.hint(link)).hasValue("Bedoelde je ‘01-werken-met-een-leeragenda.md’?");
        Problem image = problems.stream().filter(p -> p.code().equals("image.missing")).findFirst().orElseThrow();
        assertThat(nl.hint(image)).hasValue("Bedoelde je ‘hoogeveen.svg’?");
        Problem far = problems.stream().filter(p -> p.args().get(0).startsWith("02-")).findFirst().orElseThrow();
        assertThat(nl.hint(far).orElseThrow()).startsWith("Link naar het .md-bestand");
    }
}
