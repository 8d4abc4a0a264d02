package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.PageKeys;
import dev.handbook.cache.ResultKind;
import dev.handbook.model.Page;
import dev.handbook.render.RenderCache;
import java.util.function.Supplier;

/**
 * The renderer's results in a build cache, each under its page's key for its kind: the key covers the
 * page's text and the structure of the whole handbook, so what is found is what a fresh render makes.
 * The files made from the structure alone are kept in {@code structure} (the preview's memory), not in
 * the build cache.
 */
public final class CachedRenders implements RenderCache {
    private final BuildCache cache;
    private final PageKeys keys;
    private final StructureCache structure;

    public CachedRenders(BuildCache cache, PageKeys keys, StructureCache structure) {
        this.cache = cache;
        this.keys = keys;
        this.structure = structure;
    }

    @Override
    public byte[] find(Part part, Page page) {
        return cache.get(keys.of(kind(part), page));
    }

    @Override
    public void keep(Part part, Page page, byte[] result) {
        cache.put(keys.of(kind(part), page), result);
    }

    @Override
    public <T> T structural(Supplier<T> make) {
        return structure.get(keys.structure(), make);
    }

    private static ResultKind kind(Part part) {
        return switch (part) {
            case PAGE -> ResultKind.PAGE;
            case PRINT -> ResultKind.PRINT;
            case SEARCH -> ResultKind.SEARCH;
        };
    }
}
