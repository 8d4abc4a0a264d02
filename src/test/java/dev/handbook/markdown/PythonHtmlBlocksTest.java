package dev.handbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.SiteUrls;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code html-blocks: python}: blocks of raw HTML as Python-Markdown reads them (to the matching closing
 * tag, blank lines and indented lines included) and {@code markdown="1"}, {@code "block"}, {@code "span"}
 * and a bare {@code markdown} inside HTML, built with the real pipeline and read back as parsed HTML.
 */
class PythonHtmlBlocksTest {
    @TempDir
    static Path dir;

    static Element content;

    @BeforeAll
    static void build() throws Exception {
        Path site = dir.resolve("site");
        Outcome outcome = Handbooks.build(Fixtures.copy("raw-html", dir), site, Options.DEFAULT);
        assertThat(outcome.problems()).isEmpty();
        content = Fixtures.page(site, "uit-mkdocs/html.html").selectFirst(".handbook-content");
    }

    @Test
    void anIndentedBlockWithBlankLinesIsHtmlNotCode() {
        assertThat(content.select("pre, code")).isEmpty();
        assertThat(content.select("div.kader > p").eachText())
                .containsExactly("Ingesprongen tekst na een witregel.", "Nog een alinea, met een link naar het doel.");
        assertThat(content.select("div.kader > div.binnen > p").text()).isEqualTo("Een genest blok, ook na een witregel.");
        assertThat(content.text()).doesNotContain("<p>", "<div");
    }

    @Test
    void markdownInsideHtmlIsParsedAndTheAttributeLeftOut() {
        assertThat(content.select("div.raster > ul > li")).hasSize(2);
        assertThat(content.select("div.raster li strong").text()).isEqualTo("lijst");
        assertThat(content.select("div.raster li a").attr("href")).isEqualTo("doel.html");
        // a nested element without the attribute stays raw HTML, as in Python-Markdown 3.3 and later
        assertThat(content.select("div.raster > div.ruw").text()).isEqualTo("*dit blijft HTML*");
        assertThat(content.select("p.kort > em").text()).isEqualTo("korte");
        assertThat(content.select("p.kort > a").attr("href")).isEqualTo("doel.html#doel-en-aanpak");
        assertThat(content.select("[markdown]")).isEmpty();
    }

    @Test
    void blockAndSpanValuesAndCodeInsideAnElementWithMarkdown() throws Exception {
        Document page = buildOne("""
                ---
                title: Soorten
                ---
                <section markdown="block">
                ## Kop in een sectie

                ```
                </section>
                ```

                </section>

                <div class="regel" markdown="span">
                Een **vette** regel
                over twee regels.
                </div>

                - Een lijst
                - met HTML erin:

                    <div class="in-lijst">
                        <p>Eerste.</p>

                        <p>Tweede.</p>
                    </div>

                Een alinea na alles.
                """);
        Element body = page.selectFirst(".handbook-content");
        assertThat(body.select("section > h2").text()).isEqualTo("Kop in een sectie");
        assertThat(body.select("section > pre code").text()).isEqualTo("</section>");
        assertThat(body.select("div.regel > strong").text()).isEqualTo("vette");
        assertThat(body.select("div.regel p")).as("span content gets no paragraphs").isEmpty();
        assertThat(body.select("li div.in-lijst > p").eachText()).containsExactly("Eerste.", "Tweede.");
        assertThat(body.select("> p").last().text()).isEqualTo("Een alinea na alles.");
    }

    @Test
    void contentTabsHoldPythonHtmlBlocksAndMarkdownInHtml() throws Exception {
        Document page = buildOne("""
                ---
                title: Tabbladen
                ---
                === "Gemeente"

                    <div class="kader">
                        <p>Eerst een alinea.</p>

                        <p>Na een witregel nog steeds HTML.</p>
                    </div>

                    Daarna gewoon **Markdown**.

                === "Provincie"

                    <div class="raster" markdown="1">

                    - een *lijst* in HTML in een tab

                    </div>

                Tekst na de tabs.

                <div class="buiten">
                    <p>Buiten de tabs.</p>

                    <p>Ook HTML.</p>
                </div>

                <Tabs>
                  <TabItem value="a" label="Beleid">

                    <div class="kader">
                        <p>In een Docusaurus-tab.</p>

                        <p>Ook na een witregel.</p>
                    </div>

                  </TabItem>
                  <TabItem value="b" label="Uitvoering">

                    Uitvoeren.

                  </TabItem>
                </Tabs>
                """);
        Element body = page.selectFirst(".handbook-content");
        assertThat(body.select("pre, code")).as("nothing indented became code").isEmpty();
        assertThat(body.text()).doesNotContain("===", "<div", "<p>", "<Tabs", "TabItem", "markdown=");
        List<Element> sets = body.select("> .handbook-tabs");
        assertThat(sets).hasSize(2);
        Element mkdocs = sets.get(0);
        assertThat(mkdocs.select("[role=tab]").eachText()).containsExactly("Gemeente", "Provincie");
        List<Element> panels = mkdocs.select("> [role=tabpanel]");
        assertThat(panels).hasSize(2);
        assertThat(panels.get(0).select("div.kader > p").eachText())
                .containsExactly("Eerst een alinea.", "Na een witregel nog steeds HTML.");
        assertThat(panels.get(0).select("> p > strong").text()).isEqualTo("Markdown");
        assertThat(panels.get(1).select("div.raster > ul > li > em").text()).isEqualTo("lijst");
        assertThat(body.select("> p").eachText()).contains("Tekst na de tabs.");
        assertThat(body.select("> div.buiten > p").eachText()).containsExactly("Buiten de tabs.", "Ook HTML.");
        Element docusaurus = sets.get(1);
        assertThat(docusaurus.select("[role=tab]").eachText()).containsExactly("Beleid", "Uitvoering");
        assertThat(docusaurus.select("> [role=tabpanel]").get(0).select("div.kader > p").eachText())
                .containsExactly("In een Docusaurus-tab.", "Ook na een witregel.");
        assertThat(docusaurus.select("> [role=tabpanel]").get(1).select("p").eachText()).contains("Uitvoeren.");
        assertThat(body.select("[markdown]")).isEmpty();
    }

    @Test
    void problemsInsidePythonBlocksAreAtTheirLines() throws Exception {
        Path source = Fixtures.write(dir.resolve("regels"), Map.of(
                "handbook.yml", "title: Regels\nlanguage: nl\nhtml-blocks: python\n",
                "index.md", """
                        ---
                        title: Start
                        ---
                        <div class="kader">
                            <p>Eerst tekst.</p>

                            <p onclick="weg()">Dan een klik.</p>
                            <a href="javascript:alert(1)">weg</a>
                        </div>

                        <div markdown="1" onclick="ook()">
                        Tekst.
                        </div>
                        """));
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::column).containsExactly(
                tuple("html.unsafe", 4, 1),
                tuple("link.scheme", 8, 8),
                tuple("html.unsafe", 11, 1));
        // and what runs is gone from the site, also from a tag whose content is Markdown
        Path site = dir.resolve("regels-site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        SiteUrls.assertNoForbiddenSchemes(site);
        Element body = Fixtures.page(site, "index.html").selectFirst(".handbook-content");
        assertThat(body.select("[onclick]")).isEmpty();
        assertThat(body.select("div").last().text()).isEqualTo("Tekst.");
    }

    @Test
    void aBadValueOfHtmlBlocksIsAnErrorNamingTheAllowedOnes() throws Exception {
        Path source = Fixtures.write(dir.resolve("fout"), Map.of(
                "handbook.yml", "title: Fout\nlanguage: nl\nhtml-blocks: pyton\n",
                "index.md", "---\ntitle: Start\n---\nTekst.\n"));
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::args)
                .containsExactly(tuple("config.html-blocks", 3, List.of("pyton", "commonmark, python", "python")));
    }

    private static Document buildOne(String markdown) throws Exception {
        Path source = Fixtures.write(dir.resolve("een-" + markdown.hashCode()), Map.of(
                "handbook.yml", "title: Een\nlanguage: nl\nhtml-blocks: python\n",
                "index.md", markdown));
        Path site = source.resolveSibling(source.getFileName() + "-site");
        Outcome outcome = Handbooks.build(source, site, Options.DEFAULT);
        assertThat(outcome.problems()).isEmpty();
        return Fixtures.page(site, "index.html");
    }
}
