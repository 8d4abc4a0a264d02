package dev.handbook.pipeline;

import dev.handbook.cache.CacheKey;
import java.util.function.Supplier;

/**
 * The files of the site made from its structure alone (overviews, value pages, permalinks, the contents
 * script), kept by a process that renders one handbook again and again (the preview) for as long as
 * the structure key stays the same: a save that changes a page's text only makes none of them again.
 * A build keeps them in its build cache instead ({@link CachedRenders}).
 */
public final class StructureCache {
    /** Keeps nothing. */
    public static final StructureCache NONE = new StructureCache(false);

    private record Kept(CacheKey structure, Object value) {}

    private final boolean keeps;
    private volatile Kept kept;

    private StructureCache(boolean keeps) {
        this.keeps = keeps;
    }

    public static StructureCache kept() {
        return new StructureCache(true);
    }

    /** Whether this keeps what it is given: a process that renders again and again. */
    boolean keeps() {
        return keeps;
    }

    /** What {@code make} made for {@code structure} last time, or makes now. */
    @SuppressWarnings("unchecked")
    <T> T get(CacheKey structure, Supplier<T> make) {
        if (!keeps) return make.get();
        Kept last = kept;
        if (last != null && last.structure().equals(structure)) return (T) last.value();
        T made = make.get();
        kept = new Kept(structure, made);
        return made;
    }
}
