package dev.handbook.search;

/**
 * The scored postings of every term, in flat arrays rather than a map of lists (at 10,000 pages there
 * are millions): term {@code i} of {@code terms} (sorted by UTF-16 code units, as JavaScript compares
 * strings) is in the documents {@code documents[start[i]] .. documents[start[i + 1] - 1]}, in document
 * order, with the scores at the same places in {@code scores}.
 */
record Postings(String[] terms, int[] start, int[] documents, int[] scores) {
    int size() {
        return terms.length;
    }
}
