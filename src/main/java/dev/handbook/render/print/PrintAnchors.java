package dev.handbook.render.print;

import dev.handbook.model.Entry;
import dev.handbook.model.Page;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ids in the print page: one per page ("p-hoofdstuk-pagina"), and every id of a page body prefixed
 * with its page's, so that ids are unique across the whole handbook (footnotes included).
 */
final class PrintAnchors {
    private final Map<String, String> byPath = new HashMap<>();
    private final Map<String, Entry> entriesByPermalink = new HashMap<>();

    PrintAnchors(List<Page> pages, List<Entry> entries) {
        Set<String> used = new HashSet<>();
        for (Page page : pages) {
            String base = "p-" + page.outputPath().replaceAll("\\.html$", "").replaceAll("[^A-Za-z0-9]+", "-");
            String anchor = base;
            for (int n = 2; !used.add(anchor); n++) anchor = base + "-" + n;
            byPath.put(page.outputPath(), anchor);
        }
        for (Entry entry : entries) entriesByPermalink.put(entry.permalink(), entry);
    }

    /** The anchor of the page at a site path, or null when it is no page of the handbook. */
    String page(String path) {
        return byPath.get(path);
    }

    /** An id of the body of the page at {@code path}, made unique in the print page. */
    String inPage(String path, String id) {
        return byPath.get(path) + "--" + id;
    }

    /** Where a link to a site path (with optional fragment) goes in the print page, or null if nowhere. */
    String target(String path, String fragment) {
        Entry entry = entriesByPermalink.get(path);
        if (entry != null) {
            return entry.anchor() == null ? "#" + page(entry.pagePath()) : "#" + inPage(entry.pagePath(), entry.anchor());
        }
        String anchor = byPath.get(path);
        if (anchor == null) return null;
        return fragment.isEmpty() ? "#" + anchor : "#" + inPage(path, fragment);
    }
}
