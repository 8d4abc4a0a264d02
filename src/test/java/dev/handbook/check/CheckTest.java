package dev.handbook.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.ParsedJson;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem of a handbook full of mistakes, found in one run, with file, line and column. */
class CheckTest {
    @TempDir
    Path dir;

    Path source;

    @BeforeEach
    void writeHandbook() {
        source = Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", """
                        title: Proef
                        language: nl
                        types:
                          casus: { label: Casus, plural: Casussen, required: [schaal, jaar] }
                        fields:
                          schaal: { label: Schaal, values: { lokaal: Lokaal, regionaal: Regionaal } }
                          jaar: { label: Jaar, type: year }
                        """,
                "01-h/index.md", """
                        ---
                        title: Hoofdstuk
                        schaal: "regionaal "
                        shaal: lokaal
                        ---
                        Zie [weg](02-bestaat-niet.md) en [kop](01-p.md#geen-kop).

                        ![](plaatje.png)
                        """,
                "01-h/01-p.md", """
                        ---
                        title: P
                        type: casus
                        jaar: twintig
                        ---
                        ## Kop

                        #### Te diep
                        """,
                "01-h/02-geen-titel.md", "---\nsummary: x\n---\nTekst.\n",
                "01-h/03-kapot.md", "---\ntitle: [niet af\n---\n"));
    }

    private List<Problem> problems() {
        return Handbooks.check(source, Options.DEFAULT).problems();
    }

    @Test
    void findsEveryProblemInOneRun() {
        assertThat(problems()).extracting(p -> p.file().replaceAll(".*/content/", "") + ":" + p.line() + ":" + p.column() + " " + p.code())
                .containsExactly(
                        "01-h/01-p.md:3:7 entry.required-field-missing",
                        "01-h/01-p.md:4:7 field.not-a-year",
                        "01-h/01-p.md:8:1 heading.skipped",
                        "01-h/02-geen-titel.md:2:1 frontmatter.title-missing",
                        "01-h/03-kapot.md:2:8 yaml.unclosed-bracket",
                        "01-h/index.md:3:9 field.not-allowed",
                        "01-h/index.md:4:1 frontmatter.unknown-key",
                        "01-h/index.md:6:5 link.broken",
                        "01-h/index.md:6:34 link.anchor-missing",
                        "01-h/index.md:8:1 image.missing",
                        "01-h/index.md:8:1 image.no-alt");
    }

    @Test
    void namesWhatIsAllowedAndSuggestsTheLikelyFix() {
        Messages nl = new Messages("nl");
        Problem value = problems().stream().filter(p -> p.code().equals("field.not-allowed")).findFirst().orElseThrow();
        assertThat(nl.message(value)).isEqualTo("onbekende waarde ‘regionaal ’ voor ‘schaal’; toegestaan: lokaal, regionaal");
        assertThat(nl.hint(value)).hasValue("Bedoelde je ‘regionaal’?");
        Problem key = problems().stream().filter(p -> p.code().equals("frontmatter.unknown-key")).findFirst().orElseThrow();
        assertThat(nl.hint(key).orElseThrow()).startsWith("Bedoelde je ‘schaal’?");
    }

    @Test
    void textReportGroupsByFileInTheHandbooksLanguage() {
        String report = new ProblemReport(new Messages("nl")).text(problems());
        assertThat(report).contains("01-h/index.md:3:9: fout: onbekende waarde ‘regionaal ’ voor ‘schaal’; toegestaan: lokaal, regionaal [field.not-allowed]\n    oplossing: Bedoelde je ‘regionaal’?");
        assertThat(report.split("\n\n")).hasSize(4);
    }

    @Test
    void jsonReportIsAStableListForTools() {
        String json = new ProblemReport(new Messages("en")).json(problems());
        List<Map<String, Object>> report = ParsedJson.objects(json);
        assertThat(report).hasSize(11).allSatisfy(problem -> assertThat(problem.keySet())
                .containsExactly("file", "line", "column", "severity", "code", "message", "hint"));
        assertThat(report).extracting(problem -> problem.get("code")).contains("link.broken");
        assertThat(report).extracting(problem -> problem.get("severity")).contains("warning");
        // one problem a line, as tools that read line by line (and diffs) expect
        assertThat(json).startsWith("[\n  {");
        assertThat(json.lines().filter(l -> l.startsWith("  {"))).hasSize(report.size());
    }

    @Test
    void aCleanHandbookHasNoProblems() throws Exception {
        Path clean = Fixtures.write(dir.resolve("clean"), Map.of(
                "handbook.yml", "title: Schoon\n",
                "01-a.md", "---\ntitle: A\n---\n## Kop\n\n![Een plaatje](p.svg)\n",
                "p.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        Outcome outcome = Handbooks.check(clean, Options.DEFAULT);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.failed(Options.DEFAULT)).isFalse();
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws Exception {
        Files.write(source.resolve("01-h/04-latin1.md"), "---\ntitle: Caf\u00e9\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("file.not-utf8");
            assertThat(p.file()).endsWith("04-latin1.md");
        });
    }

    @Test
    void footerLinksMustNamePagesOfTheSite() throws Exception {
        Path withFooter = Fixtures.write(dir.resolve("footer"), Map.of(
                "handbook.yml", "title: Voet\nfooter:\n  - 09-bijlagen/01-colofon.md\n  - 09-bijlagen/01-colofn.md\n  - 12\n",
                "09-bijlagen/index.md", "---\ntitle: Bijlagen\n---\n",
                "09-bijlagen/01-colofon.md", "---\ntitle: Colofon\n---\nGemaakt door het netwerk.\n"));
        List<Problem> found = Handbooks.check(withFooter, Options.DEFAULT).problems();
        assertThat(found).extracting(p -> p.line() + " " + p.code()).containsExactly("4 config.footer-missing", "5 config.footer");
        assertThat(new Messages("nl").hint(found.get(0))).hasValue(
                "Bedoelde je ‘09-bijlagen/01-colofon.md’? Geef het pad vanaf de inhoudsmap, met de nummers ervoor.");

        Files.writeString(withFooter.resolve("handbook.yml"), "title: Voet\nfooter:\n  - 09-bijlagen/01-colofon.md\n");
        Path site = dir.resolve("site");
        assertThat(Handbooks.build(withFooter, site, Options.DEFAULT).written()).isTrue();
        org.jsoup.nodes.Document page = Fixtures.page(site, "bijlagen/index.html");
        assertThat(page.select("footer nav a")).extracting(a -> a.text() + " " + a.attr("href"))
                .containsExactly("Colofon ../bijlagen/colofon.html");
    }
}
