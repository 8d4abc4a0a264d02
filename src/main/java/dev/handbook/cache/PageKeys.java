package dev.handbook.cache;

import dev.handbook.model.Page;

/**
 * Keys of a page's results: the key of everything around the page (see the pipeline's structure key)
 * with the page's own place and text.
 */
public record PageKeys(CacheKey structure) {
    /** The key of the result {@code kind} ("body", "page") of {@code page}. */
    public CacheKey of(String kind, Page page) {
        return Hasher.of(kind).add(structure).add(page.sourcePath()).add(page.outputPath()).add(page.markdown()).key();
    }
}
