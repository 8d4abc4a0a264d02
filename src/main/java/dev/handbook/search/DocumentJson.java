package dev.handbook.search;

import dev.handbook.config.EntryType;
import dev.handbook.output.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A document's entry in a document part, written once per page in the page pass rather than at assembly. */
final class DocumentJson {
    /** The stored text serves snippets only (the terms hold every word), so long sections are cut. */
    static final int MAX_STORED_TEXT = 2_000;

    private DocumentJson() {}

    /** {@code [url, title, context, type index or -1, label, chapter index or -1, text]}, in ASCII. */
    static byte[] of(SearchDocument d, List<EntryType> types) {
        StringBuilder out = new StringBuilder(64 + Math.min(d.text().length(), MAX_STORED_TEXT));
        out.append('[');
        Json.string(out, d.url());
        out.append(',');
        Json.string(out, d.title());
        out.append(',');
        Json.string(out, d.context());
        out.append(',').append(typeIndex(types, d.type())).append(',');
        Json.string(out, d.label());
        out.append(',').append(d.chapter()).append(',');
        Json.string(out, stored(d.text()));
        out.append(']');
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static int typeIndex(List<EntryType> types, String type) {
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
}
