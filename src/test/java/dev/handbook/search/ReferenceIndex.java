package dev.handbook.search;

import dev.handbook.config.EntryType;
import dev.handbook.output.Json;
import dev.handbook.output.OutputFile;
import dev.handbook.search.Scoring.TermCounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index as the generator built and wrote it before pages were analysed in the page pass: a
 * TreeMap of postings, a TreeMap per document, String.format per escaped character. Kept, unchanged
 * but for being one class, as the reference that the faster path must match byte for byte.
 */
final class ReferenceIndex {
    static final int TERM_PART_SIZE = 24_000;
    static final int DOCUMENT_PART_SIZE = 16_000;
    static final int MAX_STORED_TEXT = 2_000;
    static final int FORMAT_VERSION = 1;

    private final String language;
    private final Scoring scoring = Scoring.DEFAULT;
    private final ThreadLocal<Analyzer> analyzers;
    private final List<EntryType> types;

    ReferenceIndex(String language, List<EntryType> types) {
        this.language = language;
        this.analyzers = ThreadLocal.withInitial(() -> Analyzer.of(language));
        this.types = List.copyOf(types);
    }

    List<OutputFile> files(Corpus corpus) {
        return files(build(corpus));
    }

    InvertedIndex build(Corpus corpus) {
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
        count(analyzer.titleTerms(document.title()), 0, counts);
        // the label ("Tip 3.4") makes the type's name findable: "tip samenwerking"
        count(analyzer.termsWithPhrases(document.context() + " " + document.label() + " " + document.keywords()), 1, counts);
        List<String> body = analyzer.terms(document.text());
        count(body, 2, counts);
        Map<String, TermCounts> result = new HashMap<>();
        counts.forEach((term, c) -> result.put(term, new TermCounts(c[0], c[1], c[2])));
        return new Analyzed(result, body.size());
    }

    private static void count(List<String> terms, int field, Map<String, int[]> counts) {
        for (String term : terms) counts.computeIfAbsent(term, t -> new int[3])[field]++;
    }

    List<OutputFile> files(InvertedIndex index) {
        List<OutputFile> files = new ArrayList<>();
        List<String> termStarts = new ArrayList<>();
        writeTermParts(index, files, termStarts);
        List<Integer> documentStarts = new ArrayList<>();
        writeDocumentParts(index.corpus().documents(), files, documentStarts);
        files.add(0, file(IndexFiles.META, meta(index, termStarts, documentStarts)));
        return files;
    }

    private void writeTermParts(InvertedIndex index, List<OutputFile> files, List<String> starts) {
        StringBuilder part = new StringBuilder("{");
        for (Map.Entry<String, List<Posting>> term : index.postings().entrySet()) {
            if (part.length() > TERM_PART_SIZE) {
                files.add(file(IndexFiles.termPart(starts.size() - 1), part.append('}')));
                part = new StringBuilder("{");
            }
            if (part.length() == 1) starts.add(starts.isEmpty() ? "" : term.getKey());
            else part.append(',');
            Json.string(part, term.getKey());
            part.append(":[");
            int previous = 0;
            for (int i = 0; i < term.getValue().size(); i++) {
                Posting p = term.getValue().get(i);
                if (i > 0) part.append(',');
                part.append(p.document() - previous).append(',').append(p.score());
                previous = p.document();
            }
            part.append(']');
        }
        if (part.length() > 1 || starts.isEmpty()) {
            if (starts.isEmpty()) starts.add("");
            files.add(file(IndexFiles.termPart(starts.size() - 1), part.append('}')));
        }
    }

    private void writeDocumentParts(List<SearchDocument> documents, List<OutputFile> files, List<Integer> starts) {
        StringBuilder part = new StringBuilder("[");
        for (int doc = 0; doc < documents.size(); doc++) {
            if (part.length() > DOCUMENT_PART_SIZE) {
                files.add(file(IndexFiles.documentPart(starts.size() - 1), part.append(']')));
                part = new StringBuilder("[");
            }
            if (part.length() == 1) starts.add(doc);
            else part.append(',');
            document(part, documents.get(doc));
        }
        if (part.length() > 1) files.add(file(IndexFiles.documentPart(starts.size() - 1), part.append(']')));
    }

    /** [url, title, context, type index or -1, label, chapter index or -1, text]. */
    private void document(StringBuilder out, SearchDocument d) {
        out.append('[');
        Json.string(out, d.url());
        out.append(',');
        Json.string(out, d.title());
        out.append(',');
        Json.string(out, d.context());
        out.append(',').append(typeIndex(d.type())).append(',');
        Json.string(out, d.label());
        out.append(',').append(d.chapter()).append(',');
        Json.string(out, stored(d.text()));
        out.append(']');
    }

    private StringBuilder meta(InvertedIndex index, List<String> termStarts, List<Integer> documentStarts) {
        StringBuilder out = new StringBuilder("{\"version\":").append(FORMAT_VERSION);
        out.append(",\"language\":");
        Json.string(out, index.language());
        out.append(",\"stopWords\":");
        Json.strings(out, StopWords.of(index.language()));
        out.append(",\"types\":[");
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) out.append(',');
            EntryType t = types.get(i);
            Json.strings(out, List.of(t.key(), t.label(), t.plural()));
        }
        out.append("],\"chapters\":");
        Json.strings(out, index.corpus().chapters());
        List<SearchDocument> documents = index.corpus().documents();
        out.append(",\"documents\":").append(documents.size());
        // one character per document, so that the type filter works before any document part is loaded
        StringBuilder typeCodes = new StringBuilder();
        for (SearchDocument d : documents) {
            int type = typeIndex(d.type());
            typeCodes.append(type < 0 ? '-' : (char) ('a' + type));
        }
        out.append(",\"documentTypes\":");
        Json.string(out, typeCodes.toString());
        out.append(",\"termParts\":");
        Json.strings(out, termStarts);
        out.append(",\"documentParts\":[");
        for (int i = 0; i < documentStarts.size(); i++) {
            if (i > 0) out.append(',');
            out.append(documentStarts.get(i));
        }
        return out.append("]}");
    }

    private int typeIndex(String type) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).key().equals(type)) return i;
        }
        return -1;
    }

    private static String stored(String text) {
        if (text.length() <= MAX_STORED_TEXT) return text;
        int cut = text.lastIndexOf(' ', MAX_STORED_TEXT);
        return text.substring(0, cut > 0 ? cut : MAX_STORED_TEXT) + " …";
    }

    private static OutputFile file(String name, CharSequence json) {
        return new OutputFile.Generated(IndexFiles.path(name),
                IndexFiles.script(name, json).getBytes(StandardCharsets.US_ASCII));
    }

    /** Json, as it was. */
    private static final class Json {
        static void string(StringBuilder out, String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '<' -> out.append("\\u003c");
                    default -> {
                        if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                        else out.append(c);
                    }
                }
            }
            out.append('"');
        }

        static void strings(StringBuilder out, List<String> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(',');
                string(out, list.get(i));
            }
            out.append(']');
        }
    }
}
