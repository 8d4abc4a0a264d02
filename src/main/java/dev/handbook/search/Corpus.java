package dev.handbook.search;

import java.util.List;

/** What the index is built from: every document in reading order, and the labels of the chapters they refer to. */
public record Corpus(List<SearchDocument> documents, List<String> chapters) {
    public Corpus {
        documents = List.copyOf(documents);
        chapters = List.copyOf(chapters);
    }
}
