package dev.handbook.search;

import dev.handbook.config.EntryType;
import dev.handbook.output.Json;
import dev.handbook.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Writes an index as script files that a query loads only in part:
 *
 * <ul>
 *   <li>{@code meta.js}: language, stop words, entry types, chapters, the type of every document, and
 *       where each part of the terms and of the documents starts;
 *   <li>{@code t0.js, t1.js, ...}: the terms in sorted order, cut into parts of about
 *       {@link #TERM_PART_SIZE} characters. A term's postings lie in one part; a query loads the parts
 *       of its terms only, and words sharing a beginning (prefix and typo matches) lie together;
 *   <li>{@code d0.js, d1.js, ...}: the documents in reading order (what a result shows, and the text
 *       for its snippet), in parts of about {@link #DOCUMENT_PART_SIZE}: a page of results loads the
 *       parts that hold its results only.
 * </ul>
 *
 * Postings are written as flat arrays of pairs [document, score], documents as gaps from the previous one.
 * The entries of terms are written on all cores, then cut into parts in one pass over their lengths.
 */
public final class IndexWriter {
    static final int TERM_PART_SIZE = 24_000;
    static final int DOCUMENT_PART_SIZE = 16_000;
    static final int FORMAT_VERSION = 1;
    /** Terms written per task: enough that a task is worth handing to another core. */
    private static final int TERMS_PER_TASK = 4_096;

    private final List<EntryType> types;
    /** Stop words the handbook keeps: meta.js leaves them out of its list, so that queries keep them too. */
    private final List<String> keepWords;

    public IndexWriter(List<EntryType> types) {
        this(types, List.of());
    }

    public IndexWriter(List<EntryType> types, List<String> keepWords) {
        this.types = List.copyOf(types);
        this.keepWords = List.copyOf(keepWords);
    }

    /** The files of an index held as a map, for tests and reports. */
    public List<OutputFile> files(InvertedIndex index) {
        List<SearchDocument> documents = index.corpus().documents();
        List<byte[]> entries = documents.parallelStream().map(d -> DocumentJson.of(d, types)).toList();
        int[] typeOf = documents.stream().mapToInt(d -> DocumentJson.typeIndex(types, d.type())).toArray();
        return files(index.language(), index.corpus().chapters(), entries, typeOf, postings(index));
    }

    /** The files of the index of {@code documents}, whose document entries were written in the page pass. */
    List<OutputFile> files(String language, List<String> chapters, List<IndexedDocument> documents, Postings postings) {
        List<byte[]> entries = documents.stream().map(IndexedDocument::json).toList();
        int[] typeOf = documents.stream().mapToInt(IndexedDocument::type).toArray();
        return files(language, chapters, entries, typeOf, postings);
    }

    private List<OutputFile> files(String language, List<String> chapters, List<byte[]> documents, int[] typeOf,
            Postings postings) {
        TermEntries terms = TermEntries.of(postings);
        List<int[]> termParts = cut(terms, TERM_PART_SIZE);
        if (termParts.isEmpty()) termParts.add(new int[] {0, 0}); // an empty index still has a term part
        DocumentEntries docs = new DocumentEntries(documents);
        List<int[]> documentParts = cut(docs, DOCUMENT_PART_SIZE);

        List<String> termStarts = new ArrayList<>();
        for (int[] part : termParts) termStarts.add(termStarts.isEmpty() ? "" : postings.terms()[part[0]]);
        List<Integer> documentStarts = documentParts.stream().map(part -> part[0]).toList();

        List<OutputFile> files = new ArrayList<>();
        files.add(file(IndexFiles.META, meta(language, chapters, typeOf, termStarts, documentStarts)));
        files.addAll(IntStream.range(0, termParts.size()).parallel()
                .mapToObj(n -> part(IndexFiles.termPart(n), '{', terms, termParts.get(n), '}')).toList());
        files.addAll(IntStream.range(0, documentParts.size()).parallel()
                .mapToObj(n -> part(IndexFiles.documentPart(n), '[', docs, documentParts.get(n), ']')).toList());
        return files;
    }

    /** The entries of one part file, between brackets, as a script. */
    private static OutputFile part(String name, char open, Entries entries, int[] range, char close) {
        String start = IndexFiles.scriptStart(name);
        int length = start.length() + 2 + IndexFiles.SCRIPT_END.length();
        for (int i = range[0]; i < range[1]; i++) length += entries.length(i) + 1;
        AsciiBuffer out = new AsciiBuffer(length).append(start).append(open);
        for (int i = range[0]; i < range[1]; i++) {
            if (i > range[0]) out.append(',');
            entries.appendTo(out, i);
        }
        out.append(close).append(IndexFiles.SCRIPT_END);
        return new OutputFile.Generated(IndexFiles.path(name), out.toArray());
    }

    /**
     * Where each part starts and ends, {@code {from, to}}: a part is closed before the entry that finds
     * it longer than {@code size} characters (its opening bracket and commas counted), as the writer
     * has always cut them, so that the parts stay the same.
     */
    private static List<int[]> cut(Entries entries, int size) {
        List<int[]> parts = new ArrayList<>();
        int from = 0;
        long length = 1;
        for (int i = 0; i < entries.size(); i++) {
            if (length > size) {
                parts.add(new int[] {from, i});
                from = i;
                length = 1;
            }
            if (i > from) length++;
            length += entries.length(i);
        }
        if (from < entries.size()) parts.add(new int[] {from, entries.size()});
        return parts;
    }

    private StringBuilder meta(String language, List<String> chapters, int[] typeOf, List<String> termStarts,
            List<Integer> documentStarts) {
        StringBuilder out = new StringBuilder("{\"version\":").append(FORMAT_VERSION);
        out.append(",\"language\":");
        Json.string(out, language);
        out.append(",\"stopWords\":");
        Json.strings(out, StopWords.of(language, keepWords));
        out.append(",\"types\":[");
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) out.append(',');
            EntryType t = types.get(i);
            Json.strings(out, List.of(t.key(), t.label(), t.plural()));
        }
        out.append("],\"chapters\":");
        Json.strings(out, chapters);
        out.append(",\"documents\":").append(typeOf.length);
        // one character per document, so that the type filter works before any document part is loaded
        StringBuilder typeCodes = new StringBuilder(typeOf.length);
        for (int type : typeOf) typeCodes.append(type < 0 ? '-' : (char) ('a' + type));
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

    private static OutputFile file(String name, CharSequence json) {
        return new OutputFile.Generated(IndexFiles.path(name),
                IndexFiles.script(name, json).getBytes(StandardCharsets.US_ASCII));
    }

    private static Postings postings(InvertedIndex index) {
        int count = index.postings().size();
        String[] terms = new String[count];
        int[] start = new int[count + 1];
        int t = 0;
        for (List<Posting> list : index.postings().values()) start[t + 1] = start[t++] + list.size();
        int[] documents = new int[start[count]];
        int[] scores = new int[start[count]];
        t = 0;
        for (Map.Entry<String, List<Posting>> term : index.postings().entrySet()) {
            terms[t] = term.getKey();
            int at = start[t++];
            for (Posting p : term.getValue()) {
                documents[at] = p.document();
                scores[at++] = p.score();
            }
        }
        return new Postings(terms, start, documents, scores);
    }

    /** The entries a part file is cut from, by position. */
    private interface Entries {
        int size();

        int length(int i);

        void appendTo(AsciiBuffer out, int i);
    }

    private record DocumentEntries(List<byte[]> documents) implements Entries {
        public int size() {
            return documents.size();
        }

        public int length(int i) {
            return documents.get(i).length;
        }

        public void appendTo(AsciiBuffer out, int i) {
            out.append(documents.get(i));
        }
    }

    /** Every term's entry, {@code "term":[gap,score,...]}, written in blocks of {@link #TERMS_PER_TASK}, one block per task. */
    private record TermEntries(int size, AsciiBuffer[] blocks, int[][] ends) implements Entries {
        static TermEntries of(Postings postings) {
            int blocks = (postings.size() + TERMS_PER_TASK - 1) / TERMS_PER_TASK;
            AsciiBuffer[] written = new AsciiBuffer[blocks];
            int[][] ends = new int[blocks][];
            IntStream.range(0, blocks).parallel().forEach(b -> {
                int from = b * TERMS_PER_TASK;
                int to = Math.min(postings.size(), from + TERMS_PER_TASK);
                AsciiBuffer out = new AsciiBuffer(16 * (postings.start()[to] - postings.start()[from]) + 32 * (to - from));
                ends[b] = new int[to - from];
                StringBuilder term = new StringBuilder();
                for (int t = from; t < to; t++) {
                    term.setLength(0);
                    Json.string(term, postings.terms()[t]);
                    out.append(term).append(':').append('[');
                    int previous = 0;
                    for (int i = postings.start()[t]; i < postings.start()[t + 1]; i++) {
                        if (i > postings.start()[t]) out.append(',');
                        int document = postings.documents()[i];
                        out.append(document - previous).append(',').append(postings.scores()[i]);
                        previous = document;
                    }
                    out.append(']');
                    ends[b][t - from] = out.length();
                }
                written[b] = out;
            });
            return new TermEntries(postings.size(), written, ends);
        }

        public int length(int i) {
            int[] blockEnds = ends[i / TERMS_PER_TASK];
            int at = i % TERMS_PER_TASK;
            return blockEnds[at] - (at == 0 ? 0 : blockEnds[at - 1]);
        }

        public void appendTo(AsciiBuffer out, int i) {
            int[] blockEnds = ends[i / TERMS_PER_TASK];
            int at = i % TERMS_PER_TASK;
            int from = at == 0 ? 0 : blockEnds[at - 1];
            out.append(blocks[i / TERMS_PER_TASK].array(), from, blockEnds[at] - from);
        }
    }
}
