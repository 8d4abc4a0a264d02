package dev.handbook;

import dev.handbook.model.SitePaths;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildSiteTest {
    @TempDir
    static Path dir;

    static Path site;
    static Outcome outcome;

    @BeforeAll
    static void build() throws Exception {
        Path source = Fixtures.copy("basic", dir);
        site = dir.resolve("site");
        outcome = Handbooks.build(source, site, Options.DEFAULT);
    }

    @Test
    void writesOnePagePerMarkdownFileAndLeavesOutHiddenFolders() {
        assertThat(outcome.written()).isTrue();
        assertThat(Fixtures.htmlFiles(site)).containsExactly(
                "404.html", "derde/af.html", "derde/index.html", "eerste/index.html", "eerste/pagina.html",
                "eerste/sub/diep.html", "eerste/sub/index.html", "index.html", "los.html", "print.html",
                "search.html", "tweede/index.html", "tweede/x.html");
    }

    @Test
    void ordersChaptersByPrefixUnlessOrderOverridesIt() {
        Document home = Fixtures.page(site, "index.html");
        List<String> chapters = home.select("#sidebar > ul.handbook-nav > li > a").eachText();
        assertThat(chapters).containsExactly("1 Eerste hoofdstuk", "2 Derde hoofdstuk", "3 Tweede hoofdstuk", "4 Losse pagina");
    }

    @Test
    void everyPageListsEveryChapterInItsSidebar() {
        for (String html : sitePages()) {
            Document page = Fixtures.page(site, html);
            assertThat(page.select("#sidebar > ul.handbook-nav > li")).as(html).hasSize(4);
        }
    }

    @Test
    void sidebarOpensOnlyTheCurrentChapterWithTheCurrentPageMarked() throws Exception {
        Document deep = Fixtures.page(site, "eerste/sub/diep.html");
        Element current = deep.selectFirst("#sidebar [aria-current=page]");
        assertThat(current.text()).isEqualTo("1.2.1 Diep");
        assertThat(current.attr("href")).isEqualTo("diep.html");
        Element first = chapterItem(deep, "../index.html");
        assertThat(first.select("ul a").eachAttr("href")).containsExactly("../pagina.html", "index.html", "diep.html");
        assertThat(deep.select("#sidebar li.handbook-nav__open > a").eachText())
                .containsExactly("1 Eerste hoofdstuk", "1.2 Subsectie", "1.2.1 Diep");
        // Other chapters open from toc.js, under their path from the site root.
        assertThat(chapterItem(deep, "../../tweede/index.html").select("ul")).isEmpty();
        Object toc = ParsedJson.assigned(Files.readString(site.resolve(SitePaths.TOC_SCRIPT)), "window.handbookToc=");
        assertThat(ParsedJson.asObject(toc).get("tweede/index.html")).isInstanceOf(List.class);
    }

    @Test
    void closedChaptersAreBareLinks() {
        // Every page lists every chapter: anything more than the link is repeated on every page.
        for (String html : sitePages()) {
            for (Element item : Fixtures.page(site, html).select("#sidebar > ul.handbook-nav > li:not(.handbook-nav__open)")) {
                assertThat(item.attributes().size()).as(html).isZero();
                assertThat(item.children()).as(html).hasSize(1);
                Element link = item.child(0);
                assertThat(link.tagName()).as(html).isEqualTo("a");
                assertThat(link.attributes().asList()).as(html).extracting(a -> a.getKey()).containsExactly("href");
                assertThat(link.select("span")).as(html).hasSize(1);
            }
        }
    }

    /** The top-level sidebar item whose link goes to {@code href}. */
    private static Element chapterItem(Document page, String href) {
        return page.selectFirst("#sidebar > ul.handbook-nav > li:has(> a[href=\"" + href + "\"])");
    }

    @Test
    void sectionsNestToAnyDepthWithNumbersAndBreadcrumbs() {
        Document deep = Fixtures.page(site, "eerste/sub/diep.html");
        assertThat(deep.select("h1").eachText()).containsExactly("1.2.1 Diep");
        assertThat(deep.select(".handbook-breadcrumbs a").eachAttr("href"))
                .containsExactly("../../index.html", "../index.html", "index.html");
        assertThat(deep.select(".handbook-breadcrumbs li").last().text()).isEqualTo("Diep");
    }

    @Test
    void previousAndNextFollowTheReadingOrder() {
        Document page = Fixtures.page(site, "eerste/sub/diep.html");
        assertThat(page.selectFirst("a[rel=prev]").attr("href")).isEqualTo("index.html");
        assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo("../../derde/index.html");
        Document last = Fixtures.page(site, "los.html");
        assertThat(last.select("a[rel=next]")).isEmpty();
    }

    @Test
    void rewritesLinksToMarkdownFilesAndTheirAnchors() {
        Document page = Fixtures.page(site, "eerste/pagina.html");
        assertThat(page.select(".handbook-content a").eachAttr("href"))
                .containsExactly("index.html#een-regio-een-aanpak", "../tweede/x.html");
        Document single = Fixtures.page(site, "los.html");
        assertThat(single.select(".handbook-content a").eachAttr("href"))
                .startsWith("eerste/sub/diep.html", "eerste/index.html#een-regio-een-aanpak-1", "https://www.cbs.nl/");
    }

    @Test
    void headingIdsAreFoldedToAsciiAndUniqueWithinAPage() {
        Document page = Fixtures.page(site, "eerste/index.html");
        assertThat(page.select(".handbook-content h2").eachAttr("id"))
                .containsExactly("een-regio-een-aanpak", "een-regio-een-aanpak-1");
        assertThat(page.select(".handbook-toc a").eachAttr("href"))
                .containsExactly("#een-regio-een-aanpak", "#een-regio-een-aanpak-1");
    }

    @Test
    void copiesImagesNextToTheirPagesAndPointsAtThem() {
        Document deep = Fixtures.page(site, "eerste/sub/diep.html");
        assertThat(deep.selectFirst(".handbook-content img").attr("src")).isEqualTo("../../tweede/logo.svg");
        assertThat(site.resolve("tweede/logo.svg")).exists();
    }

    @Test
    void rendersGfmTablesFootnotesTaskListsDefinitionsAndStrikethrough() {
        Element content = Fixtures.page(site, "eerste/index.html").selectFirst(".handbook-content");
        assertThat(content.select("table th").eachText()).containsExactly("a", "b");
        assertThat(content.select("sup a.footnote-ref").attr("href")).isEqualTo("#fn-1");
        assertThat(content.getElementById("fn-1")).isNotNull();
        assertThat(content.select("input[type=checkbox]")).hasSize(2);
        assertThat(content.select("dl dt").text()).isEqualTo("Term");
        assertThat(content.select("del").text()).isEqualTo("doorhalen");
    }

    @Test
    void setsDutchTypography() {
        String text = Fixtures.page(site, "index.html").selectFirst(".handbook-content p").text();
        assertThat(text).contains("‘testboek’", "“ons”", "’s-Hertogenbosch", "auto’s…", "–");
    }

    @Test
    void everyInternalLinkAndSourceResolves() {
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    /** The pages of the website, without the print page (which has a frame of its own). */
    private static List<String> sitePages() {
        return Fixtures.htmlFiles(site).stream().filter(p -> !p.equals("print.html")).toList();
    }

    @Test
    void pagesAreAccessibleInTheirStructure() {
        for (String html : sitePages()) {
            Document page = Fixtures.page(site, html);
            assertThat(page.select("html").attr("lang")).as(html).isEqualTo("nl");
            assertThat(page.select("h1")).as(html).hasSize(1);
            assertThat(page.select("a.handbook-skip-link").attr("href")).as(html).isEqualTo("#main");
            assertThat(page.select("main#main, header, nav#sidebar, footer")).as(html).hasSize(4);
        }
    }

    @Test
    void usesOnlyRelativeUrlsAndNoOtherHost() {
        for (String html : Fixtures.htmlFiles(site)) {
            Document page = Fixtures.page(site, html);
            assertThat(page.select("link[href], script[src], img[src]"))
                    .allSatisfy(el -> assertThat(el.hasAttr("href") ? el.attr("href") : el.attr("src"))
                            .doesNotContain("//").doesNotStartWith("/"));
        }
    }

    @Test
    void leavesOutDraftsButKeepsPagesInReview() {
        assertThat(site.resolve("derde/concept.html")).doesNotExist();
        assertThat(site.resolve("derde/af.html")).exists();
    }
}
