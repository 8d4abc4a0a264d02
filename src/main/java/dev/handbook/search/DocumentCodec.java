package dev.handbook.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A page's search documents as bytes, for the build cache: strings as UTF-8 with their length in front. */
final class DocumentCodec {
    private DocumentCodec() {}

    static byte[] encode(List<SearchDocument> documents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(documents.size());
            for (SearchDocument d : documents) {
                for (String s : List.of(d.url(), d.title(), d.context(), d.type(), d.label(), d.text(), d.keywords())) {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
                out.writeInt(d.chapter());
                out.writeUTF(d.kind().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<SearchDocument> decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int n = in.readInt();
            List<SearchDocument> documents = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String[] s = new String[7];
                for (int j = 0; j < s.length; j++) {
                    byte[] utf8 = new byte[in.readInt()];
                    in.readFully(utf8);
                    s[j] = new String(utf8, StandardCharsets.UTF_8);
                }
                int chapter = in.readInt();
                SearchDocument.TitleKind kind = SearchDocument.TitleKind.valueOf(in.readUTF());
                documents.add(new SearchDocument(s[0], s[1], s[2], s[3], s[4], chapter, s[5], s[6], kind));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
