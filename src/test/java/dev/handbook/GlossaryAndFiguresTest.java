package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glossary terms with their popovers, numbered figures and tables, and cross-references: on the web and in print. */
class GlossaryAndFiguresTest {
    @TempDir
    static Path dir;

    static Path site;
    static List<Problem> problems;

    @BeforeAll
    static void build() throws Exception {
        Path source = Fixtures.copy("glossary", dir);
        site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        // then a page with a reference that names nothing, for the checks
        Files.writeString(source.resolve("01-meten/02-fout.md"), "---\ntitle: Een fout\n---\nDit klopt.\n\nZie @fig-dimensie voor meer.\n\n![Nog een](dimensies.svg){#fig-dimensies}\n");
        problems = Fixtures.built(source).problems();
    }

    @Test
    void theFirstUseOfATermLinksToItsDefinitionWithAPopover() {
        Document page = Fixtures.page(site, "meten/monitor.html");
        Element term = page.selectFirst(".handbook-content p .handbook-term");
        Element link = term.selectFirst("a.handbook-term__link");
        assertThat(link.text()).isEqualTo("brede welvaart");
        assertThat(link.attr("href")).isEqualTo("../bijlagen/begrippen.html#begrip-brede-welvaart");
        assertThat(link.hasAttr("title")).isFalse();
        Element popover = page.getElementById(link.attr("aria-describedby"));
        assertThat(popover.attr("role")).isEqualTo("tooltip");
        assertThat(popover.hasAttr("hidden")).isTrue();
        assertThat(popover.text()).isEqualTo("Brede welvaart: De kwaliteit van leven hier en nu, later en elders.");
        assertThat(term.nextSibling().toString()).startsWith(" in drie dimensies");
        // once per page: the second "Brede welvaart" and the one in code stay text
        assertThat(page.select("a.handbook-term__link[href$=#begrip-brede-welvaart]")).hasSize(1);
        assertThat(page.select("code").eachText()).contains("brede welvaart");
        // an inflection is a use: "kapitalen" on the chapter page
        assertThat(Fixtures.page(site, "meten/index.html").select("a.handbook-term__link").eachText()).containsExactly("kapitalen");
        // an abbreviation joins the glossary: its first use is a term with its expansion
        Element abbr = page.selectFirst(".handbook-term a[href$=#begrip-bbp] > abbr.handbook-abbr");
        assertThat(abbr.text()).isEqualTo("BBP");
        assertThat(page.select("h2 .handbook-term")).isEmpty();
    }

    @Test
    void theGlossaryPageListsEveryTermWithThePagesThatUseIt() {
        Document glossary = Fixtures.page(site, "bijlagen/begrippen.html");
        Element list = glossary.selectFirst("dl.handbook-glossary");
        assertThat(list.select("> dt").eachText()).containsExactly("BBP", "Brede welvaart", "Kapitaal");
        assertThat(list.select("> dt").eachAttr("id")).containsExactly("begrip-bbp", "begrip-brede-welvaart", "begrip-kapitaal");
        Element uses = glossary.getElementById("begrip-kapitaal").nextElementSibling().nextElementSibling();
        assertThat(uses.hasClass("handbook-glossary__uses")).isTrue();
        assertThat(uses.select("a").eachText()).containsExactly("1 Meten", "1.1 De monitor");
        assertThat(uses.select("a").eachAttr("href")).containsExactly("../meten/index.html", "../meten/monitor.html");
        assertThat(glossary.select(".handbook-term")).isEmpty();
    }

    @Test
    void figuresAndTablesAreNumberedPerChapterAndReferencesShowTheNumber() {
        Document page = Fixtures.page(site, "meten/monitor.html");
        Element figure = page.selectFirst("figure#fig-dimensies");
        assertThat(figure.select("> img").attr("src")).isEqualTo("dimensies.svg");
        assertThat(figure.select("> figcaption").text()).isEqualTo("Figuur 1.1 Drie dimensies van brede welvaart");
        Element table = page.selectFirst("table#tbl-kapitalen");
        assertThat(table.select("> caption").text()).isEqualTo("Tabel 1.1 Vier kapitalen in het kort");
        assertThat(page.select("table:not([id]) > caption").eachText()).containsExactly("Een tabel zonder nummer");
        assertThat(page.select(".handbook-content p").eachText()).noneMatch(t -> t.contains("{#") || t.startsWith(":"));
        assertThat(page.select("a.handbook-xref").eachText()).containsExactly("Figuur 1.1", "Tabel 1.1", "Kapitalen");
        assertThat(page.select("a.handbook-xref").eachAttr("href"))
                .containsExactly("monitor.html#fig-dimensies", "monitor.html#tbl-kapitalen", "monitor.html#kapitalen");
        assertThat(page.select("code").eachText()).contains("@fig-dimensies");
        // a section of the page itself comes before another page's of the same name
        assertThat(Fixtures.page(site, "bijlagen/index.html").select("a.handbook-xref").eachAttr("href"))
                .containsExactly("../meten/monitor.html#fig-dimensies", "index.html#kapitalen");
    }

    @Test
    void inPrintReferencesPointInsideTheBookAndAskForThePage() {
        Document print = Fixtures.page(site, "print.html");
        List<Element> refs = print.select("a.handbook-xref");
        assertThat(refs).extracting(Element::text).containsExactly("Figuur 1.1", "Tabel 1.1", "Kapitalen", "Figuur 1.1", "Kapitalen");
        assertThat(refs.get(4).attr("href")).isEqualTo("#p-bijlagen-index--kapitalen");
        for (Element ref : refs.subList(0, 4)) {
            assertThat(ref.attr("href")).startsWith("#p-meten-monitor--");
            assertThat(print.getElementById(ref.attr("href").substring(1))).as(ref.attr("href")).isNotNull();
            assertThat(ref.attr("data-on-page")).isEqualTo("op pagina");
        }
        assertThat(print.getElementById("p-meten-monitor--fig-dimensies").tagName()).isEqualTo("figure");
        for (Element term : print.select("[aria-describedby]")) {
            assertThat(print.getElementById(term.attr("aria-describedby"))).as(term.attr("aria-describedby")).isNotNull();
        }
        for (Element use : print.select(".handbook-glossary__uses a")) {
            assertThat(print.getElementById(use.attr("href").substring(1))).as(use.attr("href")).isNotNull();
        }
        assertThat(print.select(".print-appendix > h2").eachText()).contains("Bijlage: Lijst van figuren", "Bijlage: Lijst van tabellen");
        assertThat(print.select(".print-appendix__list a[href=#p-meten-monitor--fig-dimensies]").text())
                .contains("Figuur 1.1", "Drie dimensies van brede welvaart");
    }

    @Test
    void anUnknownReferenceAndARepeatedIdAreErrorsAtTheirLines() {
        assertThat(problems).filteredOn(p -> p.code().equals("xref.unknown")).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("01-meten/02-fout.md");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.isError()).isTrue();
            assertThat(p.args()).containsExactly("@fig-dimensie", "@fig-dimensies");
        });
        assertThat(problems).filteredOn(p -> p.code().equals("xref.repeated")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.args()).containsExactly("fig-dimensies", "meten/monitor.html");
        });
    }
}
