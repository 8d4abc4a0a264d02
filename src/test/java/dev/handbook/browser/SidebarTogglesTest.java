package dev.handbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidebar's toggle buttons, which handbook.js adds to the bare links of the built pages (from
 * file://): one for each branch that is in the page or in toc.js, named by what it does and the title.
 * Opening them by keyboard is checked by the accessibility suite.
 */
class SidebarTogglesTest {
    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = Chromium.siteOf("basic", dir);
    }

    private static Document open(String page) throws Exception {
        return Chromium.dumpDom(site.resolve(page).toUri().toString());
    }

    @Test
    void closedChaptersWithPagesGetAToggleThatTheScriptCanOpen() throws Exception {
        Document home = open("index.html");
        assertThat(home.select("#sidebar > ul.handbook-nav > li > button.handbook-nav__toggle").eachAttr("aria-label"))
                .containsExactly("Uitklappen: Eerste hoofdstuk", "Uitklappen: Derde hoofdstuk", "Uitklappen: Tweede hoofdstuk");
        assertThat(home.select("#sidebar .handbook-nav__toggle").eachAttr("aria-expanded")).containsOnly("false");
        // A chapter of one page has nothing to open.
        assertThat(home.select("#sidebar > ul.handbook-nav > li:has(> a[href=\"los.html\"]) button")).isEmpty();
        assertThat(home.select(".handbook-nav--overviews button")).isEmpty();
    }

    @Test
    void theCurrentChapterIsOpenDownToTheCurrentPage() throws Exception {
        Document deep = open("eerste/sub/diep.html");
        assertThat(deep.select("#sidebar li:has(> button[aria-expanded=true]) > a").eachText())
                .containsExactly("1 Eerste hoofdstuk", "1.2 Subsectie");
        assertThat(deep.select("#sidebar button[aria-expanded=true]").eachAttr("aria-label"))
                .containsExactly("Inklappen: Eerste hoofdstuk", "Inklappen: Subsectie");
        // Each toggle sits between its link and the list it shows or hides.
        assertThat(deep.select("#sidebar button[aria-expanded=true] + ul")).hasSize(2);
        assertThat(deep.select("#sidebar > ul.handbook-nav > li:has(> a[href=\"../../tweede/index.html\"]) > button")
                .attr("aria-expanded")).isEqualTo("false");
    }
}
