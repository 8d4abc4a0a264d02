package dev.handbook.cache;

import dev.handbook.model.Page;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys of a page's results: the key of everything around the page (see the pipeline's structure key)
 * with the page's own place and text. The text is hashed once per page, not once per kind of result.
 */
public final class PageKeys {
    private final CacheKey structure;
    /** By source path, which names one page in a build: a page record's own hash covers all its fields. */
    private final Map<String, CacheKey> pages = new ConcurrentHashMap<>();

    /** @param texts the {@link #textKey text keys} of pages by source path, where they were made already */
    public PageKeys(CacheKey structure, Map<String, CacheKey> texts) {
        this.structure = structure;
        this.pages.putAll(texts);
    }

    /** The key of everything around the pages. */
    public CacheKey structure() {
        return structure;
    }

    /**
     * The key of a file made from the structure alone, by its path in the site; {@code null} for the
     * list of those files.
     */
    public CacheKey structural(String path) {
        Hasher hasher = Hasher.of(ResultKind.STRUCTURAL.label()).add(structure);
        return (path == null ? hasher.add("list of files") : hasher.add("file").add(path)).key();
    }

    /** The key of a page's place and text. */
    public static CacheKey textKey(Page page) {
        return Hasher.of("page text").add(page.sourcePath()).add(page.outputPath()).add(page.markdown()).key();
    }

    /** The key of the result {@code kind} of {@code page}. */
    public CacheKey of(ResultKind kind, Page page) {
        CacheKey own = pages.computeIfAbsent(page.sourcePath(), path -> textKey(page));
        return Hasher.of(kind.label()).add(structure).add(own).key();
    }
}
