package dev.handbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader sees on the "reader" fixture, measured by src/test/a11y/reader-checks.js in headless
 * Chromium from file://: computed colours, sizes and states, each judged here.
 */
class ReaderUiTest {

    @TempDir
    static Path dir;

    static Map<String, Object> seen;

    @BeforeAll
    static void measure() throws Exception {
        NodeScript.require();
        Path site = Chromium.siteOf("reader", dir);
        seen = NodeScript.run(dir, Duration.ofMinutes(5), "reader-checks.js", List.of(site.toAbsolutePath().toString()));
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(String key) {
        return (T) seen.get(key);
    }

    private static Map<String, Object> object(String key) {
        return get(key);
    }

    @Test
    void theTypeaheadsTitlesAndSnippetsAreReadableInLightAndDark() {
        for (String scheme : List.of("light", "dark")) {
            Map<String, List<Map<String, Object>>> popup = get("typeahead-" + scheme);
            assertThat(popup.get("titles")).as(scheme).isNotEmpty();
            assertThat(popup.get("snippets")).as(scheme).isNotEmpty();
            for (String part : List.of("titles", "snippets")) {
                assertThat(popup.get(part)).as("%s %s", scheme, part)
                        .allSatisfy(c -> assertThat(((Number) c.get("ratio")).doubleValue()).as(c.toString()).isGreaterThanOrEqualTo(4.5));
            }
        }
    }

    @Test
    void eachEntryTypesBoxDiffersFromTheOthersAndFromCalloutsAndCarriesAnIcon() {
        for (String scheme : List.of("light", "dark")) {
            List<Map<String, Object>> boxes = get("entries-" + scheme);
            List<Map<String, Object>> entries = boxes.stream().filter(b -> b.get("type").toString().contains("handbook-entry--")).toList();
            assertThat(entries).as(scheme).hasSize(3);
            assertThat(entries).extracting(b -> b.get("border")).as(scheme).doesNotHaveDuplicates();
            assertThat(entries).extracting(b -> b.get("background")).as(scheme).doesNotHaveDuplicates();
            assertThat(entries).allSatisfy(b -> assertThat(b.get("icon")).as(b.toString()).isEqualTo(true));
            assertThat(entries).allSatisfy(b -> assertThat(((Number) ((Map<?, ?>) b.get("label")).get("ratio")).doubleValue())
                    .as("label of %s", b.get("type")).isGreaterThanOrEqualTo(4.5));
            Map<String, Object> callout = boxes.stream().filter(b -> b.get("type").toString().contains("callout")).findFirst().orElseThrow();
            assertThat(callout.get("icon")).as("a callout carries no type icon").isEqualTo(false);
        }
    }

    @Test
    void aFilterWithoutMatchesShowsTheEmptyStateAndItsButtonClearsTheFilters() {
        Map<String, Object> empty = object("emptyFilter");
        assertThat(empty.get("empty")).isEqualTo(true);
        assertThat(empty.get("shown")).isEqualTo(0L);
        assertThat(empty.get("chips")).isEqualTo(List.of("Filter weghalen: Thema: Thema A", "Filter weghalen: Schaal: Lokaal"));
        Map<String, Object> cleared = object("afterClear");
        assertThat(cleared).containsEntry("empty", false).containsEntry("shown", 2L).containsEntry("hash", "")
                .containsEntry("chips", List.of());
    }

    @Test
    void onAPhoneTheHeaderIsOneStickyRowTheFiltersFoldWithTheirCountAndAWideTableScrollsInItsOwnBox() {
        Map<String, Object> phone = object("phoneCases");
        assertThat(((Number) phone.get("headerHeight")).doubleValue()).isLessThanOrEqualTo(64);
        assertThat(phone).containsEntry("headerPosition", "sticky").containsEntry("formShown", false)
                .containsEntry("toggleShown", true).containsEntry("toggleText", "Filters (1 actief)")
                .containsEntry("formShownAfterToggle", true);
        assertThat(phone).containsEntry("placeholder", "Zoek in het handboek").containsEntry("keyHintShown", false);
        assertThat(object("phoneTable")).containsEntry("wrapped", true).containsEntry("overflowX", "auto")
                .containsEntry("scrolls", true).containsEntry("focusable", true).containsEntry("role", "region")
                .containsEntry("label", "Schuif opzij voor de hele tabel").containsEntry("pageScrolls", false);
    }

    @Test
    void printingAPageHidesTheSearchBoxAndTheToggle() {
        assertThat(object("print")).containsEntry("search", "none").containsEntry("themeToggle", "none");
    }

    @Test
    void aPermalinkArrivesAtItsEntryAndMarksIt() {
        assertThat(object("permalink")).containsEntry("url", "leren/leeragenda.html#aanname")
                .containsEntry("marked", List.of("aanname")).containsEntry("outline", "solid");
    }

    @Test
    void aTypoGetsADidYouMeanAndNoResultsPointToTheOverviews() {
        assertThat(object("searchTypo")).containsEntry("suggestion", "Bedoelde je leeragenda?")
                .containsEntry("suggestionHref", "search.html?q=leeragenda").containsEntry("help", List.of());
        assertThat(object("searchNone")).containsEntry("suggestion", null)
                .containsEntry("help", List.of("Lessen", "Tips", "Trucs", "Casussen"));
        assertThat(object("searchNone").get("status").toString()).startsWith("Geen resultaten");
    }
}
