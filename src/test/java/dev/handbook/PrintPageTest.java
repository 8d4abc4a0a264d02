package dev.handbook;

import dev.handbook.pipeline.Options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** print.html: the whole handbook on one page, with links that stay inside it. */
class PrintPageTest {
    @TempDir
    static Path dir;

    static Path basic;
    static Path entries;

    @BeforeAll
    static void build() throws Exception {
        basic = dir.resolve("basic-site");
        entries = dir.resolve("entries-site");
        assertThat(Handbooks.build(Fixtures.copy("basic", dir), basic, Options.DEFAULT).written()).isTrue();
        assertThat(Handbooks.build(Fixtures.copy("entries", dir), entries, Options.DEFAULT).written()).isTrue();
    }

    @Test
    void holdsACoverAndEveryPageInReadingOrderWithNumbers() {
        Document print = Fixtures.page(basic, "print.html");
        assertThat(print.select(".print-cover h1").text()).isEqualTo("Testboek");
        assertThat(print.select(".print-cover").text()).contains("Editie 2025.1", "2 juni 2025", "Uitgave van Testnetwerk");
        assertThat(print.select(".print-title").eachText()).containsExactly(
                "Welkom", "1 Eerste hoofdstuk", "1.1 Een pagina", "1.2 Subsectie", "1.2.1 Diep",
                "2 Derde hoofdstuk", "2.1 Klaar", "3 Tweede hoofdstuk", "3.1 X", "4 Losse pagina");
        assertThat(print.select(".print-toc a").eachText()).startsWith("Welkom", "1 Eerste hoofdstuk", "1.1 Een pagina"); // the home page too
    }

    @Test
    void startsEveryChapterOnANewPageAndKeepsHeadingLevelsInOrder() {
        Document print = Fixtures.page(basic, "print.html");
        assertThat(print.select(".print-part--chapter > .print-title").eachText())
                .containsExactly("Welkom", "1 Eerste hoofdstuk", "2 Derde hoofdstuk", "3 Tweede hoofdstuk", "4 Losse pagina");
        assertThat(print.select("h1")).hasSize(1);
        int previous = 1;
        for (Element heading : print.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertThat(level).as(heading.text()).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @Test
    void idsAreUniqueAndEveryInternalLinkResolvesInsideThePage() {
        for (Path site : List.of(basic, entries)) {
            Document print = Fixtures.page(site, "print.html");
            assertThat(print.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
            for (Element link : print.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("http")) continue;
                assertThat(href).as(link.outerHtml()).startsWith("#");
                assertThat(print.getElementById(href.substring(1))).as(href).isNotNull();
            }
        }
    }

    @Test
    void footnotesOfDifferentPagesKeepApart() {
        Document print = Fixtures.page(basic, "print.html");
        assertThat(print.select("[id$=--fn-1]").eachAttr("id")).containsExactly("p-eerste-index--fn-1", "p-los--fn-1");
        assertThat(print.select("a[href=#p-los--fn-1]")).hasSize(1);
    }

    @Test
    void linksToOtherPagesPointToTheirPlaceInThePrintPage() {
        Document print = Fixtures.page(basic, "print.html");
        Element single = print.getElementById("p-los").parent();
        assertThat(single.select("a").eachAttr("href")).contains("#p-eerste-sub-diep", "#p-eerste-index--een-regio-een-aanpak-1");
    }

    @Test
    void imagesResolveFromThePrintPage() {
        Document print = Fixtures.page(basic, "print.html");
        assertThat(print.select("img").eachAttr("src")).containsExactly("tweede/logo.svg");
        assertThat(Files.exists(basic.resolve("tweede/logo.svg"))).isTrue();
    }

    @Test
    void externalLinksShowTheirAddress() {
        Element link = Fixtures.page(basic, "print.html").selectFirst("a[href=https://www.cbs.nl/]");
        assertThat(link.nextElementSibling().hasClass("print-url")).isTrue();
        assertThat(link.nextElementSibling().text()).isEqualTo("(https://www.cbs.nl/)");
    }

    @Test
    void appendicesListEveryEntryOfEachType() {
        Document print = Fixtures.page(entries, "print.html");
        assertThat(print.select(".print-appendix h2").eachText())
                .containsExactly("Bijlage: Lessen", "Bijlage: Tips", "Bijlage: Casussen");
        assertThat(print.select("#bijlage-tips + ul a").eachText())
                .containsExactly("Tip 1.1 Eerste tip", "Tip 1.2 Binnen", "Tip 1.3 Tweede tip");
        assertThat(print.select("#bijlage-tips + ul a").eachAttr("href"))
                .containsExactly("#p-begin-index--eerste-tip", "#p-begin-index--binnen", "#p-begin-meer--tweede-tip");
        assertThat(print.select("#bijlage-casussen + ul a").eachAttr("href"))
                .containsExactly("#p-casussen-drenthe", "#p-casussen-zeeland");
        assertThat(print.select(".print-entry-label").eachText()).containsExactly("Casus 2.1", "Casus 2.2");
    }

    @Test
    void everyPageLinksToThePrintPage() {
        for (String html : Fixtures.htmlFiles(basic)) {
            if (html.equals("print.html")) continue;
            Document page = Fixtures.page(basic, html);
            Element link = page.selectFirst("a.handbook-header__print");
            assertThat(link.text()).as(html).isEqualTo("Afdrukken");
            assertThat(page.selectFirst("a.handbook-header__print").absUrl("href")).endsWith("/print.html");
        }
    }
}
