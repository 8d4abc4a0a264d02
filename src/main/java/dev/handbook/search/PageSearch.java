package dev.handbook.search;

import java.util.List;

/** The search part of one page: its documents in page order, analysed, ready to be merged into the index. */
public final class PageSearch {
    private final List<IndexedDocument> documents;

    PageSearch(List<IndexedDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    List<IndexedDocument> documents() {
        return documents;
    }
}
