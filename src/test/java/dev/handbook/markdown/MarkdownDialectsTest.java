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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What MkDocs and Docusaurus pages are written in, built with the real pipeline from the fixture
 * {@code dialects} and read back as parsed HTML: admonitions ({@code !!!}, {@code ???}, {@code ???+}) and
 * Docusaurus' ({@code :::info[Titel]}) as callouts, one mapped to an entry type as entries, attribute
 * lists as ids and allowed classes, MDX statements left out; never any of their markup as text.
 */
class MarkdownDialectsTest {
    @TempDir
    static Path dir;

    static Path site;
    static List<Problem> problems;

    @BeforeAll
    static void build() throws Exception {
        site = dir.resolve("site");
        Outcome outcome = Handbooks.build(Fixtures.copy("dialects", dir), site, Options.DEFAULT);
        problems = outcome.problems();
    }

    private static Element content(String page) {
        return Fixtures.page(site, page).selectFirst(".handbook-content");
    }

    @Test
    void noPageShowsTheMarkupOfAnyDialect() {
        for (String html : Fixtures.htmlFiles(site)) {
            if (html.startsWith("search/")) continue;
            Document page = Fixtures.page(site, html);
            String text = page.body().text();
            assertThat(text).as(html).doesNotContain("!!!", "???", "{#", "{:", ":::", "[!", "import Tabs", "export const",
                    "data-search-exclude", "width=300", "target=_blank");
            assertThat(page.select("pre code").eachText()).as(html).allMatch(code -> !code.contains("!!!") && !code.contains("Casus"));
        }
    }

    @Test
    void mkdocsAdmonitionsAreCalloutsWithTheirKindLabelAndTitle() {
        Element content = content("mkdocs/kaders.html");
        Element tip = content.selectFirst("aside.handbook-callout--tip");
        assertThat(tip.select(".handbook-callout__label").text()).isEqualTo("Tip");
        assertThat(tip.select(".handbook-callout__title").text()).isEqualTo("Werk met een leeragenda");
        // the indented body is Markdown: a link (checked and rewritten), a list, code in the list
        assertThat(tip.select(".handbook-callout__body a").attr("href")).isEqualTo("doel.html#aanpak");
        assertThat(tip.select(".handbook-callout__body li")).hasSize(2);
        assertThat(tip.select("li pre code").text()).isEqualTo("code in een lijst");
        Element warning = content.selectFirst("aside.handbook-callout--warning");
        assertThat(warning.select(".handbook-callout__label").text()).isEqualTo("Waarschuwing");
        assertThat(warning.select(".handbook-callout__title")).isEmpty();
        Element danger = content.selectFirst("aside.handbook-callout--danger");
        assertThat(danger.classNames()).contains("handbook-callout--caution");
        assertThat(danger.select(".handbook-callout__label").text()).isEqualTo("Gevaar");
        assertThat(danger.select(".handbook-callout__title")).isEmpty();
        assertThat(content.select("> p").last().text()).isEqualTo("Tekst na de kaders.");
    }

    @Test
    void collapsibleAdmonitionsAreDetailsClosedOrOpenWithNestedOnesInside() {
        Element content = content("mkdocs/kaders.html");
        List<Element> details = content.select("details.handbook-callout");
        assertThat(details).hasSize(2);
        Element closed = details.get(0);
        assertThat(closed.hasAttr("open")).isFalse();
        assertThat(closed.classNames()).contains("handbook-callout--note");
        assertThat(closed.selectFirst("> summary").text()).isEqualTo("Let op Meer weten");
        Element nested = closed.selectFirst(".handbook-callout__body > aside.handbook-callout--tip");
        assertThat(nested.select(".handbook-callout__title").text()).isEqualTo("Genest");
        assertThat(nested.select(".handbook-callout__body p").text()).isEqualTo("Binnen in het kader.");
        Element open = details.get(1);
        assertThat(open.hasAttr("open")).isTrue();
        assertThat(open.classNames()).contains("handbook-callout--tip", "handbook-callout--success");
        assertThat(open.selectFirst("> summary").text()).isEqualTo("Gelukt Open uitgeklapt");
    }

    @Test
    void anUnknownKindIsANoteAndAWarningAtItsLineListingTheKinds() {
        Element strange = content("mkdocs/kaders.html").select("aside.handbook-callout--note").last();
        assertThat(strange.select(".handbook-callout__title").text()).isEqualTo("Vreemd kader");
        Problem unknown = problems.stream().filter(p -> p.code().equals("admonition.unknown-kind")).findFirst().orElseThrow();
        assertThat(unknown.file()).endsWith("01-mkdocs/01-kaders.md");
        assertThat(unknown.line()).isEqualTo(33);
        assertThat(unknown.args().get(0)).isEqualTo("onbekend");
        assertThat(unknown.args().get(1)).contains("note", "tip", "hint", "danger", "example", "quote");
        assertThat(new Messages("en").hint(unknown)).get().asString().contains("Allowed: ", "admonitions");
    }

    @Test
    void aMappedKindMakesNumberedEntriesInTheOverview() {
        Element content = content("mkdocs/kaders.html");
        List<Element> cases = content.select("aside.handbook-entry--casus");
        assertThat(cases).extracting(e -> e.selectFirst(".handbook-entry__label").text())
                .containsExactly("Casus 1.1", "Casus 1.2");
        assertThat(cases).extracting(e -> e.selectFirst(".handbook-entry__title").text())
                .containsExactly("Casus Drenthe", "Casus Zeeland");
        assertThat(cases.get(0).id()).isEqualTo("casus-drenthe");
        assertThat(Fixtures.page(site, "casussen.html").select(".handbook-listing__title").eachText())
                .containsExactly("Casus Drenthe", "Casus Zeeland");
        assertThat(Fixtures.files(site)).contains("e/casus-drenthe.html", "e/casus-zeeland.html");
    }

    @Test
    void docusaurusAdmonitionsAreCalloutsWithBracketTitlesAndNesting() {
        Element content = content("docusaurus/mdx.html");
        assertThat(content.select("aside.handbook-callout").eachAttr("class")).containsExactly(
                "handbook-callout handbook-callout--note handbook-callout--info",
                "handbook-callout handbook-callout--note",
                "handbook-callout handbook-callout--caution handbook-callout--danger",
                "handbook-callout handbook-callout--tip handbook-callout--success",
                "handbook-callout handbook-callout--tip",
                "handbook-callout handbook-callout--caution",
                "handbook-callout handbook-callout--important",
                "handbook-callout handbook-callout--warning");
        Element note = content.select("aside.handbook-callout").get(1);
        assertThat(note.select(".handbook-callout__title").text()).isEqualTo("Eigen titel");
        assertThat(note.select(".handbook-callout__body a").attr("href")).isEqualTo("../mkdocs/doel.html#eigen");
        assertThat(content.select("aside.handbook-callout--danger .handbook-callout__title").text()).isEqualTo("Pas goed op");
        Element inner = content.selectFirst("aside.handbook-callout--success > .handbook-callout__body > aside.handbook-callout--tip");
        assertThat(inner.select(".handbook-callout__title").text()).isEqualTo("Binnen");
        assertThat(content.text()).doesNotContain("[Eigen titel]", "Eigen titel]", "**", "`");
        // a title in Markdown is plain text: its marks are left out
        assertThat(content.select("aside.handbook-callout--caution").last().select(".handbook-callout__title").text())
                .isEqualTo("Let op, code en nadruk");
    }

    @Test
    void mdxStatementsAreLeftOutWithOneWarningButCodeKeepsThem() {
        Element content = content("docusaurus/mdx.html");
        assertThat(content.selectFirst("p").text()).isEqualTo("Tekst na de opdrachten; import is hier gewoon een woord.");
        assertThat(content.select("pre code").text()).isEqualTo("import Iets from 'blijft-code';");
        assertThat(problems).filteredOn(p -> p.code().equals("mdx.dropped"))
                .extracting(p -> p.file().substring(p.file().indexOf("02-docusaurus")), Problem::line, Problem::args)
                .containsExactly(tuple("02-docusaurus/01-mdx.md", 5, List.of("import Tabs from '@theme/Tabs';", "3")));
    }

    @Test
    void attributeListsGiveIdsAndAllowedClassesOnly() {
        Element content = content("mkdocs/doel.html");
        Element heading = content.selectFirst("h2");
        assertThat(heading.id()).isEqualTo("aanpak");
        assertThat(heading.text()).isEqualTo("Aanpak");
        assertThat(heading.classNames()).containsExactly("lead");
        assertThat(heading.hasAttr("data-search-exclude")).isFalse();
        assertThat(content.select("p.lead").text()).isEqualTo("Een alinea met een klasse die mag.");
        Element paragraph = content.getElementById("alinea-id");
        assertThat(paragraph.text()).isEqualTo("Een alinea met een klasse die niet mag");
        assertThat(paragraph.classNames()).isEmpty();
        Element image = content.selectFirst("img");
        assertThat(image.classNames()).containsExactly("center");
        assertThat(image.hasAttr("width")).isFalse();
        Element link = content.selectFirst("a[href=kaders.html]");
        assertThat(link.attributes().size()).isEqualTo(1);
        assertThat(content.selectFirst("table").classNames()).containsExactly("table", "compact");
        assertThat(content.select("h2").eachAttr("id")).containsExactly("aanpak", "eigen", "nog-een");
        // braces that are no attribute list where MkDocs reads one stay text
        assertThat(content.select("p").last().text())
                .isEqualTo("Gebruik {naam} in het sjabloon; {{ variabele }} en $\\frac{a}{b}$ blijven staan.");
        // the ids are link targets: the links to them are not reported
        assertThat(problems).extracting(Problem::code).doesNotContain("link.anchor-missing");
    }

    @Test
    void attributeTextStaysOutOfThePageContentsAndTheSearchIndex() throws Exception {
        Document page = Fixtures.page(site, "mkdocs/doel.html");
        assertThat(page.select(".handbook-toc a").eachText()).containsExactly("Aanpak", "Tweede kop", "Nog een");
        assertThat(page.select(".handbook-toc a").eachAttr("href")).containsExactly("#aanpak", "#eigen", "#nog-een");
        String index = String.join("\n", Fixtures.files(site).stream().filter(f -> f.startsWith("search/"))
                .map(f -> {
                    try {
                        return java.nio.file.Files.readString(site.resolve(f));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList());
        assertThat(index).doesNotContain("data-search-exclude", "{:", ".groot", "width=300", "!!!", ":::");
    }

    @Test
    void droppedAttributesAreOneWarningPerPageAndATakenIdAnother() {
        assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder(
                "admonition.unknown-kind", "mdx.dropped", "attributes.dropped", "attributes.duplicate-id");
        Problem dropped = problems.stream().filter(p -> p.code().equals("attributes.dropped")).findFirst().orElseThrow();
        assertThat(dropped.file()).endsWith("01-mkdocs/02-doel.md");
        assertThat(dropped.line()).isEqualTo(5);
        assertThat(dropped.args()).containsExactly("data-search-exclude, .groot, width=300, .button, target=_blank",
                "center, compact, lead, no-print, small");
        assertThat(new Messages("nl").message(dropped)).contains("weggelaten: data-search-exclude");
        assertThat(new Messages("en").hint(dropped)).get().asString().contains("theme.yml", "{#my-id}");
        Problem taken = problems.stream().filter(p -> p.code().equals("attributes.duplicate-id")).findFirst().orElseThrow();
        assertThat(taken.line()).isEqualTo(25);
        assertThat(taken.args()).containsExactly("aanpak");
    }

    @Test
    void thePrintPageOpensCollapsibleCallouts() {
        Document print = Fixtures.page(site, "print.html");
        assertThat(print.select("details.handbook-callout")).hasSize(2).allMatch(d -> d.hasAttr("open"));
        assertThat(print.select("aside.handbook-entry--casus")).hasSize(2);
        assertThat(print.body().text()).doesNotContain("!!!", "???", ":::", "{#");
    }
}
