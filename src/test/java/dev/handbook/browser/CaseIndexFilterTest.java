package dev.handbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case index's filter script, run by headless Chromium from file://. */
class CaseIndexFilterTest {
    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = Chromium.siteOf("entries", dir);
    }

    private static Document open(String hash) throws Exception {
        return Chromium.dumpDom(site.resolve("casussen.html").toUri() + hash);
    }

    @Test
    void withoutAFilterEveryCaseShowsAndTheFormAppears() throws Exception {
        Document page = open("");
        assertThat(page.select(".handbook-facets").hasAttr("hidden")).isFalse();
        assertThat(page.select(".handbook-listing__item:not([hidden])")).hasSize(2);
        assertThat(page.selectFirst("#handbook-filter-status").text()).isEqualTo("2 van 2 bijdragen getoond");
    }

    @Test
    void aFilterInTheUrlNarrowsTheListAndUpdatesTheCounts() throws Exception {
        Document page = open("#schaal=lokaal");
        assertThat(page.select(".handbook-listing__item:not([hidden]) .handbook-listing__title").eachText())
                .containsExactly("Zeeuws-Vlaanderen");
        assertThat(page.selectFirst("#handbook-filter-status").text()).isEqualTo("1 van 2 bijdragen getoond");
        assertThat(page.select(".handbook-facet[data-facet=thema] .handbook-facet__count").eachText())
                .containsExactly("(0)", "(1)");
        assertThat(page.select(".handbook-facet[data-facet=schaal] .handbook-facet__count").eachText())
                .containsExactly("(1)", "(1)");
    }

    @Test
    void valuesOfOneFacetWidenAndFacetsTogetherNarrow() throws Exception {
        assertThat(open("#jaar=2023,2024").select(".handbook-listing__item:not([hidden])")).hasSize(2);
        assertThat(open("#jaar=2023,2024&thema=b").select(".handbook-listing__item:not([hidden]) .handbook-listing__title").eachText())
                .containsExactly("Zeeuws-Vlaanderen");
        assertThat(open("#jaar=2023&thema=b").selectFirst("#handbook-filter-status").text()).isEqualTo("0 van 2 bijdragen getoond");
    }

    @Test
    void aFilterThatLeavesNothingShowsTheEmptyStateAndTheChosenValuesAsChips() throws Exception {
        Document page = open("#jaar=2023&thema=b");
        assertThat(page.selectFirst(".handbook-listing__empty").hasAttr("hidden")).isFalse();
        assertThat(page.selectFirst(".handbook-listing__clear").text()).isEqualTo("Wis alle filters");
        assertThat(page.select(".handbook-chip").eachAttr("aria-label"))
                .containsExactly("Filter weghalen: Thema: Thema B", "Filter weghalen: Jaar: 2023");
        assertThat(page.selectFirst(".handbook-facets__toggle .handbook-facets__active").text()).isEqualTo("(2 actief)");
        Document some = open("#jaar=2023");
        assertThat(some.selectFirst(".handbook-listing__empty").hasAttr("hidden")).isTrue();
        assertThat(some.selectFirst(".handbook-chips").hasAttr("hidden")).isFalse();
        assertThat(open("").selectFirst(".handbook-chips").hasAttr("hidden")).isTrue();
    }
}
