package dev.handbook.search;

import dev.handbook.search.Scoring.TermCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the inverted index of a corpus: analyzes every document's fields and scores each term in it. */
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

    public InvertedIndex build(Corpus corpus) {
        List<SearchDocument> documents = corpus.documents();
        List<Analyzed> analyzed = documents.parallelStream().map(this::analyze).toList();

        Map<String, Integer> documentFrequency = new HashMap<>();
        long totalBodyLength = 0;
        for (Analyzed a : analyzed) {
            a.counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            totalBodyLength += a.bodyLength;
        }
        double averageBodyLength = analyzed.isEmpty() ? 0 : (double) totalBodyLength / analyzed.size();

        TreeMap<String, List<Posting>> postings = new TreeMap<>();
        for (int doc = 0; doc < analyzed.size(); doc++) {
            Analyzed a = analyzed.get(doc);
            SearchDocument document = documents.get(doc);
            for (Map.Entry<String, TermCounts> term : new TreeMap<>(a.counts).entrySet()) {
                double rarity = scoring.rarity(documentFrequency.get(term.getKey()), documents.size());
                double score = scoring.score(term.getValue(), document.kind(), a.bodyLength, averageBodyLength, rarity);
                postings.computeIfAbsent(term.getKey(), t -> new ArrayList<>()).add(new Posting(doc, scoring.scaled(score)));
            }
        }
        return new InvertedIndex(Analyzer.of(language).language(), postings, corpus);
    }

    /** A document's terms with their counts per field, and the length of its body in terms. */
    private record Analyzed(Map<String, TermCounts> counts, int bodyLength) {}

    private Analyzed analyze(SearchDocument document) {
        Analyzer analyzer = analyzers.get();
        Map<String, int[]> counts = new HashMap<>();
        count(analyzer.terms(document.title()), 0, counts);
        // the label ("Tip 3.4") makes the type's name findable: "tip samenwerking"
        count(analyzer.terms(document.context() + " " + document.label() + " " + document.keywords()), 1, counts);
        List<String> body = analyzer.terms(document.text());
        count(body, 2, counts);
        Map<String, TermCounts> result = new HashMap<>();
        counts.forEach((term, c) -> result.put(term, new TermCounts(c[0], c[1], c[2])));
        return new Analyzed(result, body.size());
    }

    private static void count(List<String> terms, int field, Map<String, int[]> counts) {
        for (String term : terms) counts.computeIfAbsent(term, t -> new int[3])[field]++;
    }
}
