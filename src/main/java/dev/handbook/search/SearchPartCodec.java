package dev.handbook.search;

import dev.handbook.config.EntryType;
import dev.handbook.search.SearchDocument.TitleKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            if (encoded.length < 4 || in.readInt() != LAYOUT) return null;
            int n = in.readInt();
            byte[][] json = new byte[n][];
            int[] types = new int[n];
            TitleKind[] kinds = new TitleKind[n];
            int[] bodyLengths = new int[n];
            for (int d = 0; d < n; d++) {
                json[d] = in.readNBytes(in.readInt());
                types[d] = in.readInt();
                kinds[d] = TitleKind.values()[in.readByte()];
                bodyLengths[d] = in.readInt();
            }
            int[] numbers = new int[in.readInt()];
            for (int t = 0; t < numbers.length; t++) numbers[t] = dictionary.number(in.readUTF());
            List<IndexedDocument> documents = new ArrayList<>(n);
            for (int d = 0; d < n; d++) {
                int[] terms = new int[in.readInt()];
                int[] weights = new int[terms.length];
                for (int t = 0; t < terms.length; t++) {
                    terms[t] = numbers[in.readInt()];
                    weights[t] = in.readInt();
                }
                documents.add(new IndexedDocument(json[d], types[d], kinds[d], bodyLengths[d], terms, weights));
            }
            return new PageSearch(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
