package dev.handbook.search;

import dev.handbook.check.StopWordList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words too common to search for: Snowball's stop lists for Dutch and English ({@link StopWordList},
 * which the configuration checks {@code search.keep-words} against). The index leaves them out, and
 * the list goes into the index's meta file so that the browser drops the same words from a query
 * (otherwise "de regio" would require a word that is never indexed).
 */
final class StopWords {
    private StopWords() {}

    /** The stop words of a language ("nl" or "en"), sorted; Dutch for any other language. */
    static List<String> of(String language) {
        return StopWordList.of(language);
    }

    /** The stop words of a language less the words a handbook keeps ({@code search.keep-words}), sorted. */
    static List<String> of(String language, Collection<String> keep) {
        Set<String> kept = keep.stream().map(Analyzer::fold).collect(Collectors.toSet());
        return of(language).stream().filter(w -> !kept.contains(w)).toList();
    }
}
