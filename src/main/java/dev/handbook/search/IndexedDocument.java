package dev.handbook.search;

import dev.handbook.search.SearchDocument.TitleKind;

/**
 * One document as the index assembly needs it, made in the page pass: what its result shows, already
 * written as its entry of a document part, and its analysed terms.
 *
 * @param json its entry in a document part, {@code [url, title, context, type, label, chapter, text]}, in ASCII
 * @param type the index of its entry type in the index's list of types, or -1
 * @param kind what its title is, which sets the title bonus
 * @param bodyLength how many terms its body has
 * @param terms its distinct terms, by their numbers in the build's {@link TermDictionary}
 * @param weights for each term: its count in the body shifted left by two, bit 1 set when it is in the
 *     title and bit 0 when it is in the context (the scoring needs no more of those two counts)
 */
record IndexedDocument(byte[] json, int type, TitleKind kind, int bodyLength, int[] terms, int[] weights) {
    static int weight(int title, int context, int body) {
        return body << 2 | (title > 0 ? 2 : 0) | (context > 0 ? 1 : 0);
    }

    static int body(int weight) {
        return weight >>> 2;
    }

    static boolean inTitle(int weight) {
        return (weight & 2) != 0;
    }

    static boolean inContext(int weight) {
        return (weight & 1) != 0;
    }
}
