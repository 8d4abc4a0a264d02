package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

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
    void buildsWithoutProblems() {
        assertThat(outcome.problems()).isEmpty();
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
}
