package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handbook.search.SearchDocument.TitleKind;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page's search part read back from its bytes is the part that was written, whatever script its terms are in. */
class SearchPartCodecTest {
    private final Analyzer analyzer = Analyzer.of("nl");

    @Test
    void termsInEveryScriptAndTheirWeightsComeBackAsWritten() {
        List<SearchDocument> documents = List.of(
                new SearchDocument("a.html", "Één café in Zeeland", "", "casus", "Casus 1.1", 0,
                        "De welvaart van cafés en coöperaties: één regio, 𝔘nicode en ĳsselmeer, welvaart.", "Zeeland", TitleKind.ENTRY),
                new SearchDocument("a.html#meten", "Meten", "Een pagina", "", "", 0, "Meten is weten, meten.", "", TitleKind.HEADING));
        TermDictionary dictionary = new TermDictionary();
        PageSearch part = SearchPartCodec.decode(SearchPartCodec.encode(documents, analyzer, List.of()), dictionary);
        String[] terms = dictionary.terms();

        assertThat(part.documents()).hasSize(2);
        for (int d = 0; d < documents.size(); d++) {
            SearchDocument written = documents.get(d);
            IndexedDocument read = part.documents().get(d);
            Map<String, Integer> expected = new HashMap<>();
            for (String term : analyzer.terms(written.text())) expected.merge(term, 4, Integer::sum);
            Map<String, Integer> bodies = new HashMap<>();
            for (int t = 0; t < read.terms().length; t++) {
                bodies.put(terms[read.terms()[t]], IndexedDocument.body(read.weights()[t]));
            }
            expected.forEach((term, weight) -> assertThat(bodies).containsEntry(term, weight / 4));
            assertThat(read.kind()).isEqualTo(written.kind());
            assertThat(new String(read.json(), StandardCharsets.UTF_8)).contains(written.url());
        }
        assertThat(Arrays.stream(terms).anyMatch(t -> t.chars().anyMatch(c -> c > 127))).as("a term that is not ASCII").isTrue();
    }

    @Test
    void aPartCutShortIsAnErrorNotAWrongPart() {
        byte[] whole = SearchPartCodec.encode(List.of(new SearchDocument("a.html", "Titel", "", "", "", 0, "tekst over welvaart", "",
                TitleKind.PAGE)), analyzer, List.of());
        assertThatThrownBy(() -> SearchPartCodec.decode(Arrays.copyOf(whole, whole.length - 3), new TermDictionary()))
                .isInstanceOf(UncheckedIOException.class);
    }
}
