package dev.handbook.search;

import dev.handbook.config.EntryType;
import dev.handbook.search.SearchDocument.TitleKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's search part as bytes, the form the build cache keeps: its documents analysed (terms with
 * their counts, as {@link IndexedDocument} keeps them) and written as their document-part entries.
 * A page's distinct terms are written once and its documents refer to them by position, so that a
 * cached page costs one string per distinct term to read back. A page made in this build goes
 * through the same bytes, so a cached page and a made one cannot differ.
 */
final class SearchPartCodec {
    /** First in every part: a cached part of another layout is made again instead of misread. */
    static final int LAYOUT = 0x53500004;

    private SearchPartCodec() {}

    static byte[] encode(List<SearchDocument> documents, Analyzer analyzer, List<EntryType> types) {
        List<String> pageTerms = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(LAYOUT);
            out.writeInt(documents.size());
            List<Map<String, int[]>> counts = new ArrayList<>(documents.size());
            for (SearchDocument d : documents) {
                byte[] json = DocumentJson.of(d, types);
                out.writeInt(json.length);
                out.write(json);
                out.writeInt(DocumentJson.typeIndex(types, d.type()));
                out.writeByte(d.kind().ordinal());
                Map<String, int[]> terms = new HashMap<>();
                count(analyzer.titleTerms(d.title()), 0, terms);
                // the label ("Tip 3.4") makes the type's name findable: "tip samenwerking"
                count(analyzer.termsWithPhrases(d.context() + " " + d.label() + " " + d.keywords()), 1, terms);
                List<String> body = analyzer.terms(d.text());
                count(body, 2, terms);
                out.writeInt(body.size());
                counts.add(terms);
                for (String term : terms.keySet()) {
                    if (positions.putIfAbsent(term, pageTerms.size()) == null) pageTerms.add(term);
                }
            }
            out.writeInt(pageTerms.size());
            for (String term : pageTerms) out.writeUTF(term);
            for (Map<String, int[]> terms : counts) {
                out.writeInt(terms.size());
                for (Map.Entry<String, int[]> term : terms.entrySet()) {
                    int[] c = term.getValue();
                    out.writeInt(positions.get(term.getKey()));
                    out.writeInt(IndexedDocument.weight(c[0], c[1], c[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void count(List<String> terms, int field, Map<String, int[]> counts) {
        for (String term : terms) counts.computeIfAbsent(term, t -> new int[3])[field]++;
    }

    /** The part in {@code encoded}, its terms numbered in {@code dictionary}; null when it has another layout. */
    static PageSearch decode(byte[] encoded, TermDictionary dictionary) {
        // read from a buffer, not a DataInputStream: every byte that one reads takes the lock of its
        // ByteArrayInputStream, which was most of a one-page rebuild's search index
        ByteBuffer in = ByteBuffer.wrap(encoded);
        try {
            if (encoded.length < 4 || in.getInt() != LAYOUT) return null;
            int n = in.getInt();
            byte[][] json = new byte[n][];
            int[] types = new int[n];
            TitleKind[] kinds = new TitleKind[n];
            int[] bodyLengths = new int[n];
            for (int d = 0; d < n; d++) {
                json[d] = new byte[in.getInt()];
                in.get(json[d]);
                types[d] = in.getInt();
                kinds[d] = TitleKind.values()[in.get()];
                bodyLengths[d] = in.getInt();
            }
            int[] numbers = new int[in.getInt()];
            for (int t = 0; t < numbers.length; t++) numbers[t] = dictionary.number(readUtf(in));
            List<IndexedDocument> documents = new ArrayList<>(n);
            for (int d = 0; d < n; d++) {
                int[] terms = new int[in.getInt()];
                int[] weights = new int[terms.length];
                for (int t = 0; t < terms.length; t++) {
                    terms[t] = numbers[in.getInt()];
                    weights[t] = in.getInt();
                }
                documents.add(new IndexedDocument(json[d], types[d], kinds[d], bodyLengths[d], terms, weights));
            }
            return new PageSearch(documents);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new UncheckedIOException(new EOFException("a search part cut short"));
        }
    }

    /** A string as {@link DataOutputStream#writeUTF} wrote it: most terms are ASCII, read without a stream. */
    private static String readUtf(ByteBuffer in) {
        int start = in.position();
        int length = Short.toUnsignedInt(in.getShort());
        if (length > in.remaining()) throw new BufferUnderflowException();
        byte[] array = in.array();
        int from = in.arrayOffset() + in.position();
        in.position(in.position() + length);
        for (int i = from; i < from + length; i++) {
            if (array[i] < 0) {
                try {
                    return new DataInputStream(new ByteArrayInputStream(array, in.arrayOffset() + start, length + 2)).readUTF();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new String(array, from, length, StandardCharsets.US_ASCII);
    }
}
