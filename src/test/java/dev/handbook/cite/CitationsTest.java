package dev.handbook.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Messages;
import dev.handbook.check.Problem;
import dev.handbook.check.Severity;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Citations on the fixture handbook "citations": formatted with the built-in APA style in Dutch, each
 * page's sources, the bibliography page, the print page; and what the check says of keys and entries.
 */
class CitationsTest {
    @TempDir
    static Path dir;

    static Path site;
    static Outcome outcome;

    @BeforeAll
    static void build() throws Exception {
        site = dir.resolve("site");
        outcome = Handbooks.build(Fixtures.copy("citations", dir), site, Options.DEFAULT);
    }

    static Element content(Path site, String path) {
        return Fixtures.page(site, path).selectFirst(".handbook-content");
    }

    static List<String> citations(Element content) {
        return content.select("span.citation").eachText();
    }

    @Test
    void citationsAreFormattedInApaWithLocatorsSeveralSourcesNarrativeAndWithoutAuthor() {
        assertThat(citations(content(site, "welvaart/meten.html"))).containsExactly(
                "(Centraal Bureau voor de Statistiek, 2024)",
                "(Centraal Bureau voor de Statistiek, 2024, p. 12)",
                "(Centraal Bureau voor de Statistiek, 2024; Planbureau voor de Leefomgeving, 2023)",
                "Planbureau voor de Leefomgeving (2023)",
                "(2022)");
    }

    @Test
    void codeAndEmailAddressesAreNoCitations() {
        Element content = content(site, "welvaart/meten.html");
        assertThat(content.select("code").text()).isEqualTo("@cbs2024");
        assertThat(content.text()).contains("info@cbs.nl");
        assertThat(content(site, "index.html").select("span.citation")).isEmpty();
        assertThat(content(site, "index.html").text()).contains("info@cbs.nl").doesNotContain("Bronnen");
    }

    @Test
    void aPageThatCitesEndsWithItsSourcesInTheStylesOrder() {
        Element content = content(site, "welvaart/meten.html");
        Element sources = content.children().last();
        assertThat(sources.className()).isEqualTo("handbook-sources");
        assertThat(sources.selectFirst("h2").text()).isEqualTo("Bronnen");
        assertThat(sources.select(".csl-entry").eachText()).containsExactly(
                "Centraal Bureau voor de Statistiek. (2024). Monitor Brede Welvaart en de Sustainable Development Goals 2024."
                        + " CBS. https://www.cbs.nl/monitor-brede-welvaart",
                "Centraal Planbureau. (2022). Kansrijk beleid. CPB.",
                "Planbureau voor de Leefomgeving. (2023). Brede welvaart in de regio. PBL.");
        assertThat(sources.select(".csl-entry span[style*=italic]").first().text())
                .isEqualTo("Monitor Brede Welvaart en de Sustainable Development Goals 2024");
        assertThat(content(site, "welvaart/zonder.html").select(".handbook-sources")).isEmpty();
    }

    @Test
    void theBibliographyPageListsEveryEntryCitedOrNot() {
        Element sources = content(site, "bronnen.html").selectFirst(".handbook-sources");
        assertThat(sources.select(".csl-entry")).hasSize(4);
        assertThat(sources.select(".csl-entry").last().text()).startsWith("Sociaal en Cultureel Planbureau. (2021).");
    }

    @Test
    void thePrintPageCarriesEachPagesSourcesWithIdsOfTheirOwn() {
        Document print = Fixtures.page(site, "print.html");
        assertThat(print.select(".handbook-sources")).hasSize(2);
        assertThat(print.select("span.citation").eachText()).contains("Planbureau voor de Leefomgeving (2023)", "(2022)");
        assertThat(print.select(".handbook-sources h2, .handbook-sources h3").eachText()).containsOnly("Bronnen");
        List<String> ids = print.select(".handbook-sources [id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void theBibliographyFileIsNoPageAndIsNotPublished() {
        assertThat(Fixtures.files(site)).noneMatch(p -> p.endsWith(".bib"));
    }

    @Test
    void anEntryNobodyCitesIsReportedAtItsLineAsTheLeastOfProblems() {
        assertThat(outcome.problems()).extracting(Problem::code, Problem::severity, Problem::file, Problem::line, Problem::args)
                .containsExactly(tuple("cite.uncited", Severity.INFO, dir.resolve("citations/bronnen.bib").toString(), 27,
                        List.of("nooitgeciteerd")));
    }

    @Test
    void anEntryNobodyCitesRefusesNoBuildNotEvenAStrictOne() throws Exception {
        Outcome strict = Handbooks.build(Fixtures.copy("citations", dir.resolve("strict")), dir.resolve("strict-site"),
                new Options(false, true, false));
        assertThat(strict.written()).isTrue();
        assertThat(strict.problems()).extracting(Problem::code).containsExactly("cite.uncited");
        assertThat(new Messages("nl").severity(Severity.INFO)).isEqualTo("informatie");
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLineWithTheClosestKey() throws Exception {
        Path source = Fixtures.copy("citations", dir.resolve("unknown"));
        Files.writeString(source.resolve("01-welvaart/02-zonder.md"), "---\ntitle: Zonder\n---\n\nTekst.\n\nEen tikfout [@cbs2042].\n");
        Outcome built = Handbooks.build(source, dir.resolve("unknown-site"), Options.DEFAULT);
        Problem unknown = built.problems().stream().filter(p -> p.code().equals("cite.unknown-key")).findFirst().orElseThrow();
        assertThat(unknown.file()).isEqualTo(source.resolve("01-welvaart/02-zonder.md").toString());
        assertThat(unknown.line()).isEqualTo(7);
        assertThat(unknown.isError()).isTrue();
        assertThat(new Messages("nl").message(unknown)).contains("@cbs2042");
        assertThat(new Messages("nl").hint(unknown)).hasValueSatisfying(h -> assertThat(h).startsWith("Bedoelde je ‘@cbs2024’?"));
        assertThat(new Messages("en").hint(unknown)).hasValueSatisfying(h -> assertThat(h).startsWith("Did you mean ‘@cbs2024’?"));
    }

    @Test
    void aMalformedBibTeXFileIsAnErrorAtItsLineNotAStackTrace() throws Exception {
        Path source = Fixtures.copy("citations", dir.resolve("malformed"));
        Files.writeString(source.resolve("bronnen.bib"), "@report{cbs2024,\n  title = {Monitor},\n  year = {2024}\n\n"
                + "@report{pbl2023\n  title = {Regio}\n}\n");
        Outcome built = Handbooks.build(source, dir.resolve("malformed-site"), Options.DEFAULT);
        assertThat(built.problems()).extracting(Problem::code, Problem::file)
                .contains(tuple("cite.bibliography-syntax", source.resolve("bronnen.bib").toString()));
        Problem syntax = built.problems().stream().filter(p -> p.code().equals("cite.bibliography-syntax")).findFirst().orElseThrow();
        assertThat(syntax.line()).isBetween(5, 6);
        assertThat(new Messages("nl").message(syntax)).isEqualTo("de bibliografie kan op deze regel niet gelezen worden");
    }

    @Test
    void csljsonAndCslYamlLoadAsBibTeXDoes() throws Exception {
        String json = """
                [
                  {"id": "cbs2024", "type": "report", "title": "Monitor Brede Welvaart en de Sustainable Development Goals 2024",
                   "author": [{"literal": "Centraal Bureau voor de Statistiek"}], "issued": {"date-parts": [[2024]]},
                   "publisher": "CBS"},
                  {"id": "pbl2023", "type": "report", "title": "Brede welvaart in de regio",
                   "author": [{"literal": "Planbureau voor de Leefomgeving"}], "issued": {"date-parts": [[2023]]}},
                  {"id": "cpb2022", "type": "report", "title": "Kansrijk beleid",
                   "author": [{"literal": "Centraal Planbureau"}], "issued": {"date-parts": [[2022]]}}
                ]
                """;
        String yaml = """
                references:
                  - id: cbs2024
                    type: report
                    title: Monitor Brede Welvaart en de Sustainable Development Goals 2024
                    author:
                      - literal: Centraal Bureau voor de Statistiek
                    issued:
                      date-parts: [[2024]]
                    publisher: CBS
                  - id: pbl2023
                    type: report
                    title: Brede welvaart in de regio
                    author:
                      - literal: Planbureau voor de Leefomgeving
                    issued:
                      date-parts: [[2023]]
                  - id: cpb2022
                    type: report
                    title: Kansrijk beleid
                    author:
                      - literal: Centraal Planbureau
                    issued:
                      date-parts: [[2022]]
                """;
        for (Map.Entry<String, String> file : Map.of("bronnen.json", json, "bronnen.yaml", yaml).entrySet()) {
            Path source = Fixtures.copy("citations", dir.resolve(file.getKey()));
            Files.delete(source.resolve("bronnen.bib"));
            Files.writeString(source.resolve(file.getKey()), file.getValue());
            Files.writeString(source.resolve("handbook.yml"), "title: Handboek\nlanguage: nl\nbibliography: " + file.getKey() + "\n");
            Path out = dir.resolve(file.getKey() + "-site");
            Outcome built = Handbooks.build(source, out, Options.DEFAULT);
            assertThat(built.problems()).as(file.getKey()).isEmpty();
            Element content = content(out, "welvaart/meten.html");
            assertThat(citations(content)).as(file.getKey()).containsExactly(
                    "(Centraal Bureau voor de Statistiek, 2024)",
                    "(Centraal Bureau voor de Statistiek, 2024, p. 12)",
                    "(Centraal Bureau voor de Statistiek, 2024; Planbureau voor de Leefomgeving, 2023)",
                    "Planbureau voor de Leefomgeving (2023)",
                    "(2022)");
            assertThat(content.select(".handbook-sources .csl-entry")).as(file.getKey()).hasSize(3);
        }
    }

    @Test
    void anEnglishHandbookGetsEnglishTermsAndHeading() throws Exception {
        Path source = Fixtures.copy("citations", dir.resolve("english"));
        Files.writeString(source.resolve("handbook.yml"), "title: Handbook\nlanguage: en\nbibliography: bronnen.bib\n");
        Files.writeString(source.resolve("01-welvaart/02-zonder.md"), "---\ntitle: Zonder\n---\n\nChapter [@cbs2024, ch. 3] and [@pbl2023, pp. 4-5].\n");
        Path out = dir.resolve("english-site");
        Handbooks.build(source, out, Options.DEFAULT);
        Element content = content(out, "welvaart/zonder.html");
        assertThat(citations(content)).containsExactly("(Centraal Bureau voor de Statistiek, 2024, chap. 3)",
                "(Planbureau voor de Leefomgeving, 2023, pp. 4–5)");
        assertThat(content.selectFirst(".handbook-sources h2").text()).isEqualTo("Sources");
    }

    @Test
    void withoutABibliographyAnAtSignStaysText() throws Exception {
        Path source = Fixtures.copy("citations", dir.resolve("none"));
        Files.writeString(source.resolve("handbook.yml"), "title: Handboek\nlanguage: nl\n");
        Path out = dir.resolve("none-site");
        Outcome built = Handbooks.build(source, out, Options.DEFAULT);
        assertThat(built.problems()).isEmpty();
        Element content = content(out, "welvaart/meten.html");
        assertThat(content.select("span.citation, .handbook-sources")).isEmpty();
        assertThat(content.text()).contains("[@cbs2024]", "Zoals @pbl2023 laat zien");
    }

    @Test
    void worksOfOneAuthorInOneYearGetYearSuffixesInTheOrderOfTheList() throws Exception {
        Path source = Fixtures.copy("citations", dir.resolve("suffixes"));
        Files.writeString(source.resolve("bronnen.bib"), Files.readString(source.resolve("bronnen.bib"))
                + "\n@report{cbs2024b,\n  author = {{Centraal Bureau voor de Statistiek}},\n  title = {Regionale brede welvaart},\n  year = {2024}\n}\n");
        Files.writeString(source.resolve("01-welvaart/02-zonder.md"),
                "---\ntitle: Zonder\n---\n\nEerst [@cbs2024b], dan [@cbs2024] en [@nooitgeciteerd].\n");
        Path out = dir.resolve("suffixes-site");
        Handbooks.build(source, out, Options.DEFAULT);
        Element content = content(out, "welvaart/zonder.html");
        // the list orders by title within author and year: "Monitor …" before "Regionale …"
        assertThat(citations(content)).containsExactly("(Centraal Bureau voor de Statistiek, 2024b)",
                "(Centraal Bureau voor de Statistiek, 2024a)", "(Sociaal en Cultureel Planbureau, 2021)");
        assertThat(content.select(".handbook-sources .csl-entry").eachText()).first().asString()
                .startsWith("Centraal Bureau voor de Statistiek. (2024a). Monitor Brede Welvaart");
        assertThat(citations(content(out, "welvaart/meten.html"))).first().isEqualTo("(Centraal Bureau voor de Statistiek, 2024a)");
    }

    @Test
    void locatorsAndSuffixesAsPandocReadsThem() throws Exception {
        Path source = Fixtures.copy("citations", dir.resolve("locators"));
        Files.writeString(source.resolve("01-welvaart/02-zonder.md"), "---\ntitle: Zonder\n---\n\n"
                + "[zie @pbl2023, hfdst. 2] [@pbl2023, 7] [@pbl2023, blz. 9 en verder] [@pbl2023, pp. 33-35, 38-39]"
                + " [@pbl2023, en elders] \\@pbl2023 [@pbl2023](https://www.pbl.nl) @sec-meer [@nooitgeciteerd]\n\n## Meer\n\nTekst.\n");
        Path out = dir.resolve("locators-site");
        Handbooks.build(source, out, Options.DEFAULT);
        Element content = content(out, "welvaart/zonder.html");
        assertThat(citations(content)).containsExactly(
                "(zie Planbureau voor de Leefomgeving, 2023, hfdst. 2)",
                "(Planbureau voor de Leefomgeving, 2023, p. 7)",
                "(Planbureau voor de Leefomgeving, 2023, p. 9 en verder)",
                "(Planbureau voor de Leefomgeving, 2023, pp. 33–35, 38–39)",
                "(Planbureau voor de Leefomgeving, 2023, en elders)",
                "(Sociaal en Cultureel Planbureau, 2021)");
        // an escaped @, a link whose text looks like a citation and a cross-reference are no citations
        assertThat(content.text()).contains("@pbl2023 ");
        assertThat(content.select("a[href$=#meer]")).as("the cross-reference, made by the references").isNotEmpty();
        assertThat(content.select("a[href=https://www.pbl.nl]").text()).isEqualTo("@pbl2023");
    }

    @Test
    void aStyleOfTheHandbooksOwnFormatsCitationsAndEntries() throws Exception {
        Path source = Fixtures.copy("citations", dir.resolve("style"));
        Files.writeString(source.resolve("titels.csl"), """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>Titels</title><id>titels</id><updated>2024-01-01T00:00:00+00:00</updated></info>
                  <citation><layout prefix="[" suffix="]" delimiter="; "><text variable="title"/></layout></citation>
                  <bibliography><sort><key variable="title"/></sort><layout><text variable="title" suffix="."/></layout></bibliography>
                </style>
                """);
        Files.writeString(source.resolve("handbook.yml"), "title: Handboek\nlanguage: nl\nbibliography: bronnen.bib\ncsl: titels.csl\n");
        Path out = dir.resolve("style-site");
        Handbooks.build(source, out, Options.DEFAULT);
        Element content = content(out, "welvaart/meten.html");
        assertThat(citations(content)).first().isEqualTo("[Monitor Brede Welvaart en de Sustainable Development Goals 2024]");
        assertThat(content.select(".handbook-sources .csl-entry").eachText())
                .containsExactly("Brede welvaart in de regio.", "Kansrijk beleid.", "Monitor Brede Welvaart en de Sustainable Development Goals 2024.");
        assertThat(Fixtures.files(out)).noneMatch(p -> p.endsWith(".csl"));
    }

    @Test
    void aMissingBibliographyOrOneOfAnotherFormatIsAnErrorAtItsKey() throws Exception {
        Path source = Fixtures.copy("citations", dir.resolve("missing"));
        Files.writeString(source.resolve("handbook.yml"), "title: Handboek\nlanguage: nl\nbibliography: bronen.bib\n");
        Outcome missing = Handbooks.build(source, dir.resolve("missing-site"), Options.DEFAULT);
        assertThat(missing.problems()).extracting(Problem::code, Problem::line).containsExactly(tuple("config.file-missing", 3));
        assertThat(new Messages("nl").message(missing.problems().get(0))).isEqualTo("‘bibliography: bronen.bib’ wijst niet naar een bestand in de inhoudsmap");
        Files.writeString(source.resolve("handbook.yml"), "title: Handboek\nlanguage: nl\nbibliography: index.md\n");
        Outcome format = Handbooks.build(source, dir.resolve("format-site"), Options.DEFAULT);
        assertThat(format.problems()).extracting(Problem::code, Problem::line).containsExactly(tuple("config.bibliography-format", 3));
    }
}
