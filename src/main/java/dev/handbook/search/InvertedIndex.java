package dev.handbook.search;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The built index: for every term, the documents that hold it in document order. Terms sort by
 * UTF-16 code units, as JavaScript compares strings, so that the browser finds a term's part by
 * comparing it with the first term of each part.
 */
public record InvertedIndex(String language, SortedMap<String, List<Posting>> postings, Corpus corpus) {
    public InvertedIndex {
        postings = Collections.unmodifiableSortedMap(new TreeMap<>(postings));
    }
}
