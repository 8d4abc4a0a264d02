package dev.handbook.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds the inverted index from analysed documents: merges their term counts, computes document
 * frequencies and scores every term in every document. The analysis itself (tokens, stop words,
 * stems) is done per page in the page pass ({@link SearchPartCodec}); what is left here is counting
 * into arrays, with no map per document and no boxed numbers per posting.
 */
public final class IndexBuilder {
    private final String language;
    private final Scoring scoring;
    /** The Snowball stemmers keep state, so each indexing thread has its own analyzer. */
    private final ThreadLocal<Analyzer> analyzers;

    public IndexBuilder(String language, Scoring scoring) {
        this.language = language;
        this.scoring = scoring;
        this.analyzers = ThreadLocal.withInitial(() -> Analyzer.of(language));
    }

    /** The index of a corpus as a map of postings, for tests and reports; the build itself uses {@link #assemble}. */
    public InvertedIndex build(Corpus corpus) {
        TermDictionary dictionary = new TermDictionary();
        List<IndexedDocument> documents = corpus.documents().parallelStream()
                .map(d -> SearchPartCodec.decode(SearchPartCodec.encode(List.of(d), analyzers.get(), List.of()), dictionary))
                .map(page -> page.documents().get(0))
                .toList();
        Postings postings = assemble(documents, dictionary);
        TreeMap<String, List<Posting>> map = new TreeMap<>();
        for (int t = 0; t < postings.size(); t++) {
            List<Posting> list = new ArrayList<>(postings.start()[t + 1] - postings.start()[t]);
            for (int i = postings.start()[t]; i < postings.start()[t + 1]; i++) {
                list.add(new Posting(postings.documents()[i], postings.scores()[i]));
            }
            map.put(postings.terms()[t], list);
        }
        return new InvertedIndex(Analyzer.of(language).language(), map, corpus);
    }

    /** The scored postings of {@code documents} (in index order), whose terms are numbered in {@code dictionary}. */
    Postings assemble(List<IndexedDocument> documents, TermDictionary dictionary) {
        String[] byNumber = dictionary.terms();
        int[] documentFrequency = new int[byNumber.length];
        long totalBodyLength = 0;
        for (IndexedDocument d : documents) {
            for (int term : d.terms()) documentFrequency[term]++;
            totalBodyLength += d.bodyLength();
        }
        int count = documents.size();
        double averageBodyLength = count == 0 ? 0 : (double) totalBodyLength / count;

        int[] numbersInOrder = sortedByText(byNumber, documentFrequency);
        String[] terms = new String[numbersInOrder.length];
        int[] start = new int[numbersInOrder.length + 1];
        int[] next = new int[byNumber.length];
        double[] rarity = new double[byNumber.length];
        for (int i = 0; i < numbersInOrder.length; i++) {
            int term = numbersInOrder[i];
            terms[i] = byNumber[term];
            start[i + 1] = start[i] + documentFrequency[term];
            next[term] = start[i];
            rarity[term] = scoring.rarity(documentFrequency[term], count);
        }
        int[] postingDocuments = new int[start[terms.length]];
        int[] scores = new int[postingDocuments.length];
        // documents in index order, so that each term's postings come out in document order
        for (int doc = 0; doc < count; doc++) {
            IndexedDocument d = documents.get(doc);
            double norm = scoring.norm(d.bodyLength(), averageBodyLength);
            int[] docTerms = d.terms();
            int[] weights = d.weights();
            for (int i = 0; i < docTerms.length; i++) {
                int term = docTerms[i];
                int w = weights[i];
                double score = scoring.score(IndexedDocument.body(w), IndexedDocument.inTitle(w), IndexedDocument.inContext(w),
                        d.kind(), norm, rarity[term]);
                int at = next[term]++;
                postingDocuments[at] = doc;
                scores[at] = scoring.scaled(score);
            }
        }
        return new Postings(terms, start, postingDocuments, scores);
    }

    /** The numbers of the terms that occur in some document, in the order of their text. */
    private static int[] sortedByText(String[] byNumber, int[] documentFrequency) {
        Integer[] numbers = new Integer[byNumber.length];
        int used = 0;
        for (int term = 0; term < byNumber.length; term++) {
            if (documentFrequency[term] > 0) numbers[used++] = term;
        }
        Integer[] present = Arrays.copyOf(numbers, used);
        Arrays.parallelSort(present, (a, b) -> byNumber[a].compareTo(byNumber[b]));
        int[] sorted = new int[used];
        for (int i = 0; i < used; i++) sorted[i] = present[i];
        return sorted;
    }
}
