package dev.handbook.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entries of a handbook's bibliography file, by key, in the order of the file, each with the line
 * it starts on (for the check that reports an entry nobody cites).
 *
 * @param file the file as problems name it (with the content folder), or null for a handbook without one
 */
public record Bibliography(String file, Map<String, CSLItemData> items, Map<String, Integer> lines) {
    public static final Bibliography NONE = new Bibliography(null, Map.of(), Map.of());

    public Bibliography {
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        lines = Map.copyOf(lines);
    }

    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }
}
