package dev.handbook.search;

import dev.handbook.config.EntryType;
import dev.handbook.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 */
public final class IndexWriter {
    static final int TERM_PART_SIZE = 24_000;
    static final int DOCUMENT_PART_SIZE = 16_000;
    /** The stored text serves snippets only (the terms hold every word), so long sections are cut. */
    static final int MAX_STORED_TEXT = 2_000;
    static final int FORMAT_VERSION = 1;

    private final List<EntryType> types;

    public IndexWriter(List<EntryType> types) {
        this.types = List.copyOf(types);
    }

    public List<OutputFile> files(InvertedIndex index) {
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
}
