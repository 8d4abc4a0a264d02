package dev.handbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of one index build, each with a number, so that documents hold their terms as ints and
 * the assembly counts into arrays instead of maps. Numbers go in the order terms are first seen,
 * which differs between runs on several threads; the index sorts terms by text, so that order never
 * shows in the output. Safe for many threads: a known term is found without a lock.
 */
final class TermDictionary {
    private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
    private final List<String> terms = new ArrayList<>();

    int number(String term) {
        Integer known = numbers.get(term);
        if (known != null) return known;
        synchronized (terms) {
            known = numbers.get(term);
            if (known != null) return known;
            int made = terms.size();
            terms.add(term);
            numbers.put(term, made);
            return made;
        }
    }

    /** Every term, at its number. */
    String[] terms() {
        synchronized (terms) {
            return terms.toArray(String[]::new);
        }
    }
}
