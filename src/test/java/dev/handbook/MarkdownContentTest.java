package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.tuple;

import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Abbreviations, content tabs (MkDocs and Docusaurus) and mermaid diagrams on the "md-content" fixture,
 * asserted on the built site: the web pages, the print page.
 */
class MarkdownContentTest {
    @TempDir
    static Path dir;

    static Path site;
    static Outcome outcome;

    @BeforeAll
    static void build() throws Exception {
        site = dir.resolve("site");
        outcome = Handbooks.build(Fixtures.copy("md-content", dir), site, Options.DEFAULT);
    }

    @Test
    void buildsWithoutProblemsButOtherJsx() {
        // tabs are no active content; other JSX is dropped with the warning it always had
        assertThat(outcome.problems()).extracting(Problem::code, Problem::file, Problem::line)
                .containsOnly(tuple("html.unsafe", dir.resolve("md-content/01-inhoud/03-tabs-docusaurus.md").toString(), 39));
        assertThat(SiteLinks.broken(site)).isEmpty();
        // the file of abbreviations is read with the settings, it is no page
        assertThat(Fixtures.htmlFiles(site)).noneMatch(p -> p.startsWith("includes"));
    }

    @Test
    void abbreviationsFromThePageAndTheHandbookAreAbbrWithTheirExpansionOnceInWords() {
        Element content = content("inhoud/afkortingen.html");
        Elements bbp = content.select("abbr[title=Bruto binnenlands product]");
        assertThat(bbp).extracting(Element::text).containsOnly("BBP");
        assertThat(bbp).hasSizeGreaterThanOrEqualTo(4);
        // the first use is followed by the expansion in words (hidden on screen, read aloud, printed), later ones not
        Element first = bbp.first();
        assertThat(first.nextElementSibling()).isNotNull();
        assertThat(first.nextElementSibling().className()).isEqualTo("handbook-abbr__expansion");
        assertThat(first.nextElementSibling().text()).isEqualTo("(Bruto binnenlands product)");
        assertThat(content.select(".handbook-abbr__expansion:contains(Bruto binnenlands product)")).hasSize(1);
        // the page's own definition wins over the handbook's; page-only ones work too
        assertThat(content.select("abbr:containsOwn(CBS)")).extracting(e -> e.attr("title"))
                .containsOnly("Centraal Bureau voor de Statistiek (de eigen uitleg van deze pagina)");
        assertThat(content.select("abbr[title=Wetenschappelijke Raad voor het Regeringsbeleid]")).extracting(Element::text)
                .containsOnly("WRR");
        assertThat(content.select("abbr[title=Maatschappelijke kosten-batenanalyse]")).hasSize(1);
        // the definitions never show
        assertThat(content.text()).doesNotContain("*[", "]:");
    }

    @Test
    void abbreviationsLeaveCodeLinksAndHeadingIdsAlone() {
        Element content = content("inhoud/afkortingen.html");
        assertThat(content.select("code abbr, pre abbr, a abbr")).isEmpty();
        assertThat(content.select("code").first().text()).isEqualTo("BBP");
        assertThat(content.select("a[href=https://www.cbs.nl/nl-nl/cijfers]").text()).isEqualTo("cijfers van het CBS");
        assertThat(content.select("a[href=https://www.cbs.nl/BBP]")).hasSize(1);
        // the heading keeps the id of its words, and the page's contents its text
        Element heading = content.selectFirst("h2");
        assertThat(heading.id()).isEqualTo("het-bbp-per-regio");
        assertThat(heading.select("abbr")).hasSize(1);
        Document page = Fixtures.page(site, "inhoud/afkortingen.html");
        assertThat(page.select(".handbook-toc a")).extracting(Element::text)
                .containsExactly("Het BBP per regio", "Bronnen");
        // no autolinking came along with the abbreviation extension: a bare address stays text
        assertThat(content.select("a[href*=www.cbs.nl/BBP]")).extracting(e -> e.attr("href")).containsOnly("https://www.cbs.nl/BBP");
        assertThat(content.text()).contains("www.cbs.nl/BBP die geen link wordt");
    }

    @Test
    void thePrintPageHasTheAbbreviationsWithTheirExpansion() {
        Document print = Fixtures.page(site, "print.html");
        assertThat(print.select("abbr[title=Bruto binnenlands product]")).isNotEmpty();
        assertThat(print.select(".handbook-abbr__expansion")).isNotEmpty();
        assertThat(print.text()).doesNotContain("*[");
    }

    static Element content(String path) {
        return Fixtures.page(site, path).selectFirst(".handbook-content");
    }

    @Test
    void mkdocsTabsFollowingEachOtherAreOneSetOfAccessibleTabs() {
        Element content = content("inhoud/tabbladen.html");
        Elements sets = content.select(".handbook-tabs");
        assertThat(sets).hasSize(3);
        Element first = sets.get(0);
        assertTabs(first, "Gemeente", "Provincie", "Rijk");
        // ===+ selects its tab
        assertThat(first.select("[role=tab][aria-selected=true]")).extracting(Element::text).containsExactly("Provincie");
        Element panel = first.select("[role=tabpanel]").get(0);
        assertThat(panel.select("strong").text()).isEqualTo("raad");
        assertThat(panel.select("li")).hasSize(2);
        Element second = first.select("[role=tabpanel]").get(1);
        assertThat(second.select("a").attr("href")).isEqualTo("../index.html");
        assertThat(second.select("pre code").text()).isEqualTo("code in een tabblad");
        assertThat(first.select("[role=tabpanel]").get(2).select("abbr")).hasSize(1);
        // text between tabs ends a set; ===! starts a new one right after another tab
        assertTabs(sets.get(1), "Alleen");
        assertTabs(sets.get(2), "Nieuwe groep");
        assertThat(content.text()).doesNotContain("===", "\"Gemeente\"");
        assertThat(content.select("pre")).hasSize(1);
    }

    @Test
    void docusaurusTabsAreTheSameTabsAndTheirContentIsMarkdown() {
        Element content = content("inhoud/tabs-docusaurus.html");
        Elements sets = content.select(".handbook-tabs");
        assertThat(sets).hasSize(3);
        Element first = sets.get(0);
        assertTabs(first, "Beleidsmaker", "Uitvoerder", "zonder-label");
        assertThat(first.select("[role=tab][aria-selected=true]")).extracting(Element::text).containsExactly("Beleidsmaker");
        Element panel = first.select("[role=tabpanel]").get(0);
        // indented content is Markdown, not a code block
        assertThat(panel.select("pre")).isEmpty();
        assertThat(panel.select("strong").text()).isEqualTo("samenvatting");
        assertThat(panel.select("ol li")).hasSize(2);
        assertThat(first.select("[role=tabpanel]").get(1).select("a").attr("href")).isEqualTo("tabbladen.html");
        assertThat(first.select("[role=tabpanel]").get(2).text()).contains("Alleen een waarde, geen label.");
        // nested tabs
        Element outer = sets.get(1);
        assertTabs(outer, "Buiten");
        assertThat(outer.select("[role=tabpanel] .handbook-tabs [role=tab]")).extracting(Element::text).containsExactly("Binnen");
        assertThat(content.text()).doesNotContain("<Tabs", "TabItem", "</");
        assertThat(content.text()).contains("Na de tabs.");
        // other JSX is not let through
        assertThat(content.select("card")).isEmpty();
    }

    @Test
    void thePrintPageShowsEveryPanelWithItsLabel() {
        Document print = Fixtures.page(site, "print.html");
        Elements panels = print.select(".handbook-tabs [role=tabpanel]");
        assertThat(panels).extracting(p -> p.selectFirst(".handbook-tabs__label").text())
                .contains("Gemeente", "Provincie", "Rijk", "Beleidsmaker", "Uitvoerder", "zonder-label");
        assertThat(panels).noneMatch(p -> p.hasAttr("hidden"));
        // ids stay unique in the one page, and every tab still names its panel
        for (Element tab : print.select("[role=tab]")) {
            assertThat(print.getElementById(tab.attr("aria-controls"))).as(tab.attr("aria-controls")).isNotNull();
        }
        for (Element p : panels) assertThat(print.getElementById(p.attr("aria-labelledby"))).isNotNull();
        assertThat(print.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    /** A set whose tabs have these labels, each tab controlling its panel and each panel named by its tab. */
    private static void assertTabs(Element set, String... labels) {
        Element list = set.selectFirst("[role=tablist]");
        assertThat(list).isNotNull();
        // without a script the list is hidden and each panel shows its label
        assertThat(list.hasAttr("hidden")).isTrue();
        Elements tabs = list.select("button[role=tab]");
        assertThat(tabs).extracting(Element::text).containsExactly(labels);
        Elements panels = set.select("> [role=tabpanel]");
        assertThat(panels).hasSize(labels.length);
        for (int i = 0; i < labels.length; i++) {
            assertThat(tabs.get(i).attr("aria-controls")).isEqualTo(panels.get(i).id());
            assertThat(panels.get(i).attr("aria-labelledby")).isEqualTo(tabs.get(i).id());
            assertThat(panels.get(i).selectFirst(".handbook-tabs__label").text()).isEqualTo(labels[i]);
            assertThat(panels.get(i).hasAttr("hidden")).isFalse();
        }
        assertThat(tabs.select("[aria-selected=true]")).hasSize(1);
    }

    @Test
    void aMermaidBlockIsAFigureWithItsSourceAndOnlyItsPageLoadsMermaid() {
        Document page = Fixtures.page(site, "inhoud/diagram.html");
        Element figure = page.selectFirst(".handbook-content figure.handbook-diagram");
        assertThat(figure).isNotNull();
        Element source = figure.selectFirst("pre.mermaid");
        assertThat(source.wholeText()).startsWith("graph TD\n  A[Verkennen] --> B{Besluit}").contains("C[Uitvoeren & volgen]");
        assertThat(figure.selectFirst("figcaption").text()).startsWith("Diagram");
        assertThat(page.select("pre code.language-java")).hasSize(1);
        assertThat(page.select("script[src]")).extracting(e -> e.attr("src"))
                .contains("../assets/mermaid/mermaid.min.js", "../assets/mermaid/diagrams.js");
        assertThat(site.resolve("assets/mermaid/mermaid.min.js")).isRegularFile();
        assertThat(site.resolve("assets/mermaid/LICENSE-mermaid.txt")).isRegularFile();
        // every other page goes without it
        for (String other : Fixtures.htmlFiles(site)) {
            if (other.equals("inhoud/diagram.html")) continue;
            assertThat(Fixtures.page(site, other).select("script[src*=mermaid]")).as(other).isEmpty();
        }
        // on paper the figure shows its source under its caption, and print.html runs no script
        Document print = Fixtures.page(site, "print.html");
        Element printed = print.selectFirst("figure.handbook-diagram");
        assertThat(printed.selectFirst("pre").text()).startsWith("graph TD");
        assertThat(printed.selectFirst("figcaption").text()).startsWith("Diagram");
        assertThat(print.select("script")).isEmpty();
    }

    @Test
    void aSiteWithoutDiagramsGoesWithoutMermaid(@TempDir Path other) throws Exception {
        Path source = Fixtures.write(other.resolve("content"), java.util.Map.of(
                "handbook.yml", "title: Zonder diagram\nlanguage: nl\n",
                "index.md", "---\ntitle: Start\n---\nGeen diagram, wel `mermaid` als woord.\n\n```text\nmermaid\n```\n"));
        Path built = other.resolve("site");
        Handbooks.build(source, built, Options.DEFAULT);
        assertThat(built.resolve("index.html")).isRegularFile();
        assertThat(built.resolve("assets/mermaid")).doesNotExist();
        assertThat(built.resolve("assets/content.js")).isRegularFile();
    }
}
