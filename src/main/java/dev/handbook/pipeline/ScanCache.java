package dev.handbook.pipeline;

import dev.handbook.cache.CacheKey;
import dev.handbook.markdown.PageFacts;
import dev.handbook.model.Page;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text key, facts and shape of every page as the previous run in this process found them (the preview's),
 * by page: an unchanged page is neither hashed nor are its facts decoded from the cache again. A page
 * record holds its whole text, so an equal page has equal facts; the memo is dropped when the parser
 * (tool or language) changes.
 */
final class ScanCache {
    /** Keeps nothing. */
    static final ScanCache NONE = new ScanCache(false);

    /** @param shape the page's {@link StructureKey#shape} */
    record Scan(CacheKey text, PageFacts facts, CacheKey shape) {}

    private final boolean keeps;
    private record Known(Page page, Scan scan) {}

    /** By source path; a page record's own hash covers all its fields, and equality of the same ones is quick. */
    private volatile Map<String, Known> known = new ConcurrentHashMap<>();
    private volatile CacheKey parser;

    private ScanCache(boolean keeps) {
        this.keeps = keeps;
    }

    static ScanCache kept() {
        return new ScanCache(true);
    }

    /** Forgets everything when {@code current} differs from the parser the facts were found with. */
    void use(CacheKey current) {
        if (!keeps || current.equals(parser)) return;
        known = new ConcurrentHashMap<>();
        parser = current;
    }

    Scan find(Page page) {
        Known k = keeps ? known.get(page.sourcePath()) : null;
        return k != null && k.page().equals(page) ? k.scan() : null;
    }

    void keep(Page page, Scan scan) {
        if (keeps) known.put(page.sourcePath(), new Known(page, scan));
    }

    /** Keeps only the pages of the last run, so that the memo holds one handbook's worth. */
    void retain(List<Page> pages) {
        if (!keeps) return;
        Set<String> paths = new HashSet<>();
        for (Page page : pages) paths.add(page.sourcePath());
        known.keySet().retainAll(paths);
    }
}
