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
 * must stand as written, and so must a short word (four letters or fewer: "Les" is no use in "lees", which
 * the stemmer gives the same stem). The longest term wins where two start at the same word.
 * Not thread-safe (the stemmer keeps state): one per thread.
 */
final class TermMatcher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    /** Words this long or shorter match only as written. */
    private static final int SHORT = 4;
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
                while (m.find()) keys.add(m.group().length() <= SHORT ? exact(m.group()) : key(m.group()));
                if (keys.isEmpty()) continue;
                byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Keyed(keys, term));
            }
        }
        byFirst.values().forEach(list -> list.sort((a, b) -> b.keys().size() - a.keys().size()));
    }

    /** What a word matches as: its stem, or the word itself where it is a stop word. */
    private String key(String word) {
        String stem = analyzer.term(word);
        return stem != null ? stem : exact(word);
    }

    private static String exact(String word) {
        return "=" + word.toLowerCase(Locale.ROOT);
    }

    /** Whether the word at {@code i} is the term's word {@code key}: by its stem, or as written. */
    private static boolean same(String key, int i, List<String> stems, List<String> words) {
        return key.equals(key.startsWith("=") ? words.get(i) : stems.get(i));
    }

    /** Every term in {@code text}, in order, not overlapping. */
    List<Match> find(String text) {
        if (byFirst.isEmpty()) return List.of();
        List<int[]> spans = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            stems.add(key(m.group()));
            words.add(exact(m.group()));
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < stems.size(); ) {
            Keyed found = null;
            List<Keyed> candidates = new ArrayList<>(byFirst.getOrDefault(stems.get(i), List.of()));
            if (!words.get(i).equals(stems.get(i))) candidates.addAll(byFirst.getOrDefault(words.get(i), List.of()));
            candidates.sort((a, b) -> b.keys().size() - a.keys().size());
            for (Keyed candidate : candidates) {
                if (matchesAt(candidate.keys(), i, stems, words)) {
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

    private static boolean matchesAt(List<String> keys, int at, List<String> stems, List<String> words) {
        if (at + keys.size() > stems.size()) return false;
        for (int k = 0; k < keys.size(); k++) if (!same(keys.get(k), at + k, stems, words)) return false;
        return true;
    }
}
