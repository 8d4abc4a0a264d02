package dev.handbook;

import dev.handbook.cache.CacheKey;
import dev.handbook.markdown.PageFacts;
import dev.handbook.model.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text key, facts and shape of every page as the previous run in this process found them (the preview's),
 * by page: an unchanged page is neither hashed nor are its facts decoded from the cache again. A page
 * record holds its whole text, so an equal page has equal facts; the memo is dropped when the parser
 * (tool or language) changes.
 */
final class ScanMemo {
    /** Keeps nothing. */
    static final ScanMemo NONE = new ScanMemo(false);

    /** @param shape the page's {@link StructureKey#shape} */
    record Scan(CacheKey text, PageFacts facts, CacheKey shape) {}

    private final boolean keeps;
    private volatile Map<Page, Scan> known = new ConcurrentHashMap<>();
    private volatile CacheKey parser;

    private ScanMemo(boolean keeps) {
        this.keeps = keeps;
    }

    static ScanMemo kept() {
        return new ScanMemo(true);
    }

    /** Forgets everything when {@code current} differs from the parser the facts were found with. */
    void use(CacheKey current) {
        if (!keeps || current == null || current.equals(parser)) return;
        known = new ConcurrentHashMap<>();
        parser = current;
    }

    Scan find(Page page) {
        return keeps ? known.get(page) : null;
    }

    void keep(Page page, Scan scan) {
        if (keeps) known.put(page, scan);
    }

    /** Keeps only the pages of the last run, so that the memo holds one handbook's worth. */
    void retain(List<Page> pages) {
        if (keeps) known.keySet().retainAll(new java.util.HashSet<>(pages));
    }
}
