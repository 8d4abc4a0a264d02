package dev.handbook.render.glossary;

import dev.handbook.search.Analyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the glossary's terms in running text as the search finds words: each word stemmed with the
 * handbook's Snowball stemmer, so that "kapitalen" is a use of "Kapitaal" and "regiodeals" is not one of
 * "regio". A term of several words matches those words in a row; a stop word in a term ("Hier en nu")
 * must stand as written. The longest term wins where two start at the same word.
 * Not thread-safe (the stemmer keeps state): one per thread.
 */
final class TermMatcher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private final Analyzer analyzer;
    /** Terms by the key of their first word, longest first. */
    private final Map<String, List<Keyed>> byFirst = new HashMap<>();

    private record Keyed(List<String> keys, Term term) {}

    /** A place in a text where a term stands. */
    record Match(int start, int end, Term term) {}

    TermMatcher(List<Term> terms, String language) {
        this.analyzer = Analyzer.of(language);
        for (Term term : terms) {
            for (String variant : term.variants()) {
                List<String> keys = new ArrayList<>();
                Matcher m = WORD.matcher(variant);
                while (m.find()) keys.add(key(m.group()));
                if (keys.isEmpty()) continue;
                byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Keyed(keys, term));
            }
        }
        byFirst.values().forEach(list -> list.sort((a, b) -> b.keys().size() - a.keys().size()));
    }

    /** What a word matches as: its stem, or the word itself where it is a stop word. */
    private String key(String word) {
        String stem = analyzer.term(word);
        return stem != null ? stem : "=" + word.toLowerCase(Locale.ROOT);
    }

    /** Every term in {@code text}, in order, not overlapping. */
    List<Match> find(String text) {
        if (byFirst.isEmpty()) return List.of();
        List<int[]> spans = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            keys.add(key(m.group()));
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < keys.size(); ) {
            Keyed found = null;
            for (Keyed candidate : byFirst.getOrDefault(keys.get(i), List.of())) {
                if (i + candidate.keys().size() <= keys.size()
                        && keys.subList(i, i + candidate.keys().size()).equals(candidate.keys())) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            int last = i + found.keys().size() - 1;
            matches.add(new Match(spans.get(i)[0], spans.get(last)[1], found.term()));
            i = last + 1;
        }
        return matches;
    }
}
