package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.search.SearchRun.Found;
import dev.handbook.search.SearchRun.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's search code (search.js with snowball.js), run under Node on the index of the "search"
 * fixture handbook: Dutch word forms find each other, titles and entries rank first, a misspelt word
 * still finds its pages, and the type filter narrows the results.
 */
class SearchRuntimeTest {
    @TempDir
    static Path dir;

    static Map<String, Found> found;

    @BeforeAll
    static void search() throws IOException {
        Node.assumeInstalled();
        Path site = dir.resolve("site");
        Outcome outcome = Handbooks.build(Fixtures.copy("search", dir), site, Options.DEFAULT);
        assertThat(outcome.problems()).isEmpty();
        found = SearchRun.run(site, dir, 10, "gemeente", "gemeenten", "gemee", "werkt samen", "werkt",
                "brede welvaart regio", "welvaard", "regoi", "gemeente\ttip", "samen\tles", "de en het", "drenthe");
    }

    @Test
    void gemeenteFindsEveryFormWithTheEntryTitledByItFirst() {
        Found gemeente = found.get("gemeente");
        assertThat(gemeente.urls()).startsWith(
                "gemeenten/index.html#gemeente-vroeg",   // tip whose title holds the word: entry titles weigh most
                "gemeenten/index.html",                  // page whose title holds "Gemeenten"
                "casussen/drenthe.html",                 // case that mentions "gemeenten" only
                "casussen/drenthe.html#aanpak",
                "regio/index.html#zo-werkt-samenwerking");
        Hit tip = gemeente.hits().get(0);
        assertThat(tip.type()).isEqualTo("tip");
        assertThat(tip.label()).isEqualTo("Tip 1.1");
        assertThat(tip.title()).isEqualTo("Betrek de gemeente vroeg");
        assertThat(tip.snippet()).contains("[gemeente]");
        assertThat(gemeente.hits().get(2).snippet()).contains("Drentse [gemeenten]");
        // the plural finds exactly what the singular finds
        assertThat(found.get("gemeenten").urls()).isEqualTo(gemeente.urls());
    }

    @Test
    void theBeginningOfAWordFindsWholeWordsWhileTyping() {
        assertThat(found.get("gemee").urls()).startsWith("gemeenten/index.html#gemeente-vroeg", "gemeenten/index.html");
    }

    @Test
    void werktSamenFindsWorkingTogetherInEveryForm() {
        Found werktSamen = found.get("werkt samen");
        assertThat(werktSamen.urls()).startsWith(
                "regio/index.html#werk-samen",            // les "Werk samen met bewoners"
                "regio/index.html#zo-werkt-samenwerking"); // heading "Zo werkt samenwerking", both words in the text
        assertThat(werktSamen.hits().get(0).type()).isEqualTo("les");
        assertThat(werktSamen.hits().get(1).snippet()).contains("[werkt] [samen]", "[werken] [samen]");
        // "werkt" finds a page that only says "werken"
        assertThat(found.get("werkt").urls()).contains("gemeenten/raadsleden.html#een-gesprek-in-de-buurt");
    }

    @Test
    void documentsWithAllWordsComeFirst() {
        Found found3 = found.get("brede welvaart regio");
        assertThat(found3.urls()).startsWith("regio/index.html#brede-welvaart-in-de-regio", "casussen/drenthe.html");
        assertThat(found3.hits().get(0).snippet()).contains("[regio]", "[brede]", "[welvaart]");
        assertThat(found3.hits().get(1).type()).isEqualTo("casus");
    }

    @Test
    void aMisspeltWordFindsTheWordOneLetterAway() {
        Found welvaard = found.get("welvaard");
        assertThat(welvaard.urls()).startsWith("casussen/drenthe.html", "regio/monitor.html#welvaart-meten");
        assertThat(welvaard.hits().subList(0, 5)).allSatisfy(hit -> assertThat(hit.snippet()).containsIgnoringCase("[welvaart]"));
        assertThat(found.get("regoi").urls()).startsWith("regio/index.html");
    }

    @Test
    void theTypeFilterKeepsOnlyEntriesOfThatType() {
        assertThat(found.get("gemeente\ttip").urls()).containsExactly("gemeenten/index.html#gemeente-vroeg");
        assertThat(found.get("samen\tles").hits()).extracting(Hit::type).containsOnly("les").isNotEmpty();
    }

    @Test
    void aStandaloneEntryIsOneResultWithItsTypeAndFieldValues() {
        Hit drenthe = found.get("drenthe").hits().get(0);
        assertThat(drenthe.url()).isEqualTo("casussen/drenthe.html");
        assertThat(drenthe.type()).isEqualTo("casus");
        assertThat(drenthe.label()).isEqualTo("Casus 3.1");
    }

    @Test
    void stopWordsAloneFindNothing() {
        assertThat(found.get("de en het").total()).isZero();
    }

    @Test
    void aQueryLoadsOnlyTheMetaFileTermPartsAndDocumentPartsItNeeds() {
        assertThat(found.get("gemeente").loaded()).containsExactly("meta", "t0", "d0");
    }
}
