package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.SiteLinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The markup of MkDocs (Material) and Docusaurus pages, carried over by {@code import} and built: the
 * fixture projects under src/test/resources/importer use every construct the Markdown engine reads for
 * them (admonitions and collapsibles, Docusaurus admonitions, attribute lists, abbreviations, content tabs,
 * mermaid, HTML blocks as Python-Markdown reads them, {@code markdown="1"}, links in raw HTML, the
 * placeholder link), and the built site shows none of it as text.
 */
class ImportedMarkupTest extends CapturedConsole {
    private static final Path MKDOCS = Path.of("src/test/resources/importer/mkdocs-site");
    private static final Path DOCUSAURUS = Path.of("src/test/resources/importer/docusaurus-site");
    /** Markup of the old sites that must never reach a reader as text. */
    private static final List<String> MARKERS = List.of("!!!", "???", ":::", "{#", "{ #", "{ .", "{: ", "*[", "=== \"",
            "<Tabs", "<TabItem", "</TabItem", "</Tabs", "markdown=\"", "import Tabs", "import TabItem");
    private static final Pattern IMPORT_LINE = Pattern.compile("(?m)^\\s*(import|export)\\s");

    @TempDir
    Path dir;

    @Test
    void anMkDocsSiteShowsNoRawMarkupAndGetsCalloutsEntriesTabsAbbreviationsAnchorsAndValuePages() throws Exception {
        Path content = dir.resolve("content");
        assertThat(Main.execute("import", "mkdocs", MKDOCS.toString(), "--out", content.toString())).isZero();
        // what an editor does next: a type for the examples, and one page made an entry of it
        Files.writeString(content.resolve("handbook.yml"), "types:\n  casus: { label: Casus, plural: Casussen }\n"
                + "admonitions: { example: casus }\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path water = content.resolve("themas/water.md");
        Files.writeString(water, Files.readString(water).replaceFirst("^---\n", "---\ntype: casus\n"));
        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "--source", content.toString(), "--out", site.toString())).isZero();
        assertNoRawMarkup(site);
        assertThat(SiteLinks.broken(site)).isEmpty();

        // the navigation's order, not the alphabet: Levenscyclus after Thema's, Ontwerp before Beheer
        Document home = Fixtures.page(site, "index.html");
        assertThat(home.select(".handbook-nav > li > a").eachText())
                .containsExactly("1 Aan de slag", "2 Thema’s", "3 Levenscyclus", "4 Over", "Casussen (2)");
        Document chapter = Fixtures.page(site, "levenscyclus/index.html");
        assertThat(chapter.select(".handbook-children li a").stream().map(a -> a.ownText().strip()))
                .containsExactly("Ontwerp", "Beheer");

        Element body = chapter.selectFirst(".handbook-content");
        // admonitions: callouts, nested; collapsibles closed and open
        assertThat(body.select("aside.handbook-callout--tip .handbook-callout__title").text()).isEqualTo("Begin klein");
        assertThat(body.select("aside.handbook-callout--tip aside.handbook-callout--warning")).hasSize(1);
        assertThat(body.select("aside.handbook-callout--tip a").attr("href")).isEqualTo("../themas/water.html#diepte");
        Elements collapsible = body.select("details.handbook-callout");
        assertThat(collapsible).extracting(d -> d.selectFirst(".handbook-callout__title").text(), d -> d.hasAttr("open"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Meer weten", false),
                        org.assertj.core.groups.Tuple.tuple("Let op", true));
        // !!! example, mapped by admonitions: in handbook.yml, is an entry with its number and permalink
        Element entry = body.selectFirst("aside.handbook-entry--casus");
        assertThat(entry).isNotNull();
        assertThat(entry.select(".handbook-entry__title").text()).isEqualTo("Een gemeente kiest");
        assertThat(entry.select(".handbook-entry__label a").attr("href")).isEqualTo("../e/een-gemeente-kiest.html");
        assertThat(site.resolve("e/een-gemeente-kiest.html")).isRegularFile();
        assertThat(Fixtures.page(site, "casussen.html").select(".handbook-listing__title a").eachText())
                .contains("Een gemeente kiest", "Water");
        // attribute lists: the anchor from {#fasen}, a class the theme allows, the rest dropped
        assertThat(body.select("h2#fasen").text()).isEqualTo("De fasen op een rij");
        assertThat(body.select("a:containsOwn(de fasen)").eachAttr("href")).containsExactly("#fasen");
        assertThat(body.select("p.lead")).hasSize(1);
        assertThat(body.select("[data-search-exclude]")).isEmpty();
        // abbreviations, tabs and the diagram
        assertThat(body.select("abbr[title=Application Programming Interface]").eachText()).containsExactly("API");
        assertThat(body.select(".handbook-tabs [role=tab]").eachText()).containsExactly("Ontwerp", "Beheer");
        assertThat(body.select(".handbook-tabs [role=tabpanel] strong").text()).isEqualTo("ontwerp");
        assertThat(body.select("figure.handbook-diagram pre.mermaid").text()).startsWith("graph LR");
        // HTML blocks as Python-Markdown reads them, markdown="1", and their links resolved to the pages
        assertThat(body.select("pre code")).isEmpty();
        assertThat(body.select("div.kader > p")).hasSize(2);
        assertThat(body.select("div.kader a").eachAttr("href")).containsExactly("../themas/water.html", "ontwerp.html");
        assertThat(body.select("div > p > a:contains(link naar lucht)").attr("href")).isEqualTo("../themas/lucht.html");
        assertThat(Fixtures.page(site, "levenscyclus/ontwerp.html").select(".handbook-content a").attr("href"))
                .isEqualTo("beheer.html");
        assertThat(body.select("a:contains(link die nog komt)").attr("href")).isEqualTo("#");

        // value pages: the pages at levenscyclus/<value> are the pages of those values, with their entries
        Document beheer = Fixtures.page(site, "levenscyclus/beheer.html");
        assertThat(beheer.selectFirst("h1").text()).endsWith("Beheer");
        assertThat(beheer.select(".handbook-content").text()).startsWith("Na het ontwerp");
        assertThat(beheer.select(".handbook-value-list .handbook-listing__title a").eachText()).containsExactly("Water");
        assertThat(Fixtures.page(site, "themas/water.html").select(".handbook-entry__fields a").eachAttr("href"))
                .contains("../levenscyclus/beheer.html");

        // the file of abbreviations pymdownx.snippets appended to every page is the handbook's; a page's own wins
        assertThat(Files.readString(content.resolve("handbook.yml"))).contains("abbreviations: includes/abbreviations.md");
        assertThat(Fixtures.page(site, "levenscyclus/ontwerp.html").select("abbr[title=HyperText Markup Language]").eachText())
                .containsExactly("HTML");
        assertThat(Fixtures.htmlFiles(site)).noneMatch(f -> f.startsWith("includes"));
        assertThat(Files.readString(content.resolve("IMPORT.md"))).contains("includes/ontbreekt.md")
                .doesNotContain("pymdownx.snippets ` is not known");

        // the old directory URLs redirect to the new pages
        assertThat(redirect(site, "levenscyclus/ontwerp/index.html")).isEqualTo("../ontwerp.html");
        assertThat(redirect(site, "themas/water/index.html")).isEqualTo("../water.html");
    }

    @Test
    void aDocusaurusSiteShowsNoRawMarkupAndGetsItsAdmonitionsTabsAnchorsAndRoutes() throws Exception {
        Path content = dir.resolve("content");
        assertThat(Main.execute("import", "docusaurus", DOCUSAURUS.toString(), "--out", content.toString())).isZero();
        Files.writeString(content.resolve("handbook.yml"), "types:\n  case: { label: Case, plural: Cases }\n"
                + "admonitions: { example: case }\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "--source", content.toString(), "--out", site.toString())).isZero();
        assertNoRawMarkup(site);
        assertThat(SiteLinks.broken(site)).isEmpty();

        // sidebar order: sidebar_position puts the second guide first, _category_.json the folder last
        assertThat(Fixtures.page(site, "index.html").select(".handbook-nav > li > a").eachText())
                .containsExactly("1 Introduction", "2 Guides", "Cases (1)");
        assertThat(Fixtures.page(site, "guides/index.html").select(".handbook-children li a").stream().map(a -> a.ownText().strip()))
                .containsExactly("Second guide", "First guide", "Advanced topics");

        Document page = Fixtures.page(site, "guides/second.html");
        Element body = page.selectFirst(".handbook-content");
        assertThat(body.select("aside.handbook-callout").stream().map(a -> a.selectFirst(".handbook-callout__label").text()))
                .containsExactly("Note", "Info", "Note", "Danger", "Tip", "Warning", "Success");
        assertThat(body.select("aside.handbook-callout .handbook-callout__title").eachText())
                .containsExactly("A titled note", "Mind the gap", "Outer tip");
        assertThat(body.select("aside.handbook-callout--tip aside.handbook-callout--warning")).hasSize(1);
        assertThat(body.select("aside.handbook-entry--case .handbook-entry__title").text()).isEqualTo("A case in point");
        assertThat(body.select(".handbook-tabs [role=tab]").eachText()).containsExactly("A", "B");
        assertThat(body.select(".handbook-tabs [role=tabpanel] a").attr("href")).isEqualTo("first.html");
        assertThat(body.select("abbr[title=Software Development Kit]").eachText()).containsExactly("SDK");
        assertThat(body.select("figure.handbook-diagram pre.mermaid").text()).startsWith("graph TD");
        assertThat(body.select("h2[id]").eachAttr("id")).containsExactly("tabs", "admonitions");
        // links in raw HTML, a route and a relative one as the browser read them, lead to the pages
        assertThat(body.select("p:contains(Read) a").eachAttr("href")).containsExactly("first.html", "../intro.html");
        assertThat(body.select("card, tabs, tabitem")).isEmpty();

        assertThat(redirect(site, "docs/guides/second/index.html")).isEqualTo("../../../guides/second.html");
        assertThat(redirect(site, "docs/intro/index.html")).isEqualTo("../../intro.html");
    }

    @Test
    void aFileOfAbbreviationsInTheDocsFolderIsTheHandbooksAndNoPage() throws Exception {
        Path project = Fixtures.write(dir.resolve("project"), java.util.Map.of(
                "mkdocs.yml", "site_name: Afkortingen\nmarkdown_extensions:\n  - abbr\n  - pymdownx.snippets:\n"
                        + "      base_path: [docs]\n      auto_append: [includes/afkortingen.md]\n",
                "docs/index.md", "# Afkortingen\n\nHet CBS meet.\n",
                "docs/includes/afkortingen.md", "*[CBS]: Centraal Bureau voor de Statistiek\n"));
        Path content = dir.resolve("content");
        assertThat(Main.execute("import", "mkdocs", project.toString(), "--out", content.toString())).isZero();
        assertThat(Files.readString(content.resolve("handbook.yml"))).contains("abbreviations: includes/afkortingen.md");
        assertThat(Files.readString(content.resolve("includes/afkortingen.md"))).isEqualTo("*[CBS]: Centraal Bureau voor de Statistiek\n");
        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "--source", content.toString(), "--out", site.toString())).isZero();
        assertThat(Fixtures.page(site, "index.html").select("abbr[title=Centraal Bureau voor de Statistiek]").eachText())
                .containsExactly("CBS");
        assertThat(Fixtures.htmlFiles(site)).noneMatch(f -> f.startsWith("includes"));
    }

    /** No page of the site shows the old sites' markup as text, nor keeps their tags or attributes. */
    private static void assertNoRawMarkup(Path site) throws IOException {
        for (String file : Fixtures.htmlFiles(site)) {
            Document page = Fixtures.page(site, file);
            String text = page.body().wholeText();
            for (String marker : MARKERS) assertThat(text).as("%s shows %s", file, marker).doesNotContain(marker);
            assertThat(IMPORT_LINE.matcher(text).find()).as("%s shows an import or export line", file).isFalse();
            assertThat(page.select("tabs, tabitem, card, [markdown]")).as(file).isEmpty();
        }
    }

    private static String redirect(Path site, String alias) {
        Element refresh = Fixtures.page(site, alias).selectFirst("meta[http-equiv=refresh]");
        return refresh == null ? null : refresh.attr("content").replaceFirst("^0; url=", "");
    }
}
