package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.CacheKey;
import dev.handbook.cache.FolderDigest;
import dev.handbook.cache.Hasher;
import dev.handbook.config.HandbookConfig;
import dev.handbook.content.ReadCache;
import java.nio.file.Path;

/**
 * What a run may take from earlier runs instead of making it again: nothing, the results in a build
 * cache, or everything the preview keeps between saves. Whatever is taken, the run makes what a run
 * without it makes; "nothing" is caches that keep nothing, so the pipeline never asks whether there is one.
 */
public final class Reuse {
    /** The key of results that are never stored: a run that keeps nothing needs no real one. */
    static final CacheKey NOTHING_KEPT = Hasher.of("nothing kept").key();

    final BuildCache cache;
    /** The key of the running code, in every result's key. */
    final CacheKey tool;
    final ReadCache reads;
    final ScanCache scans;
    final StructureCache structure;
    private final boolean keeps;
    /** Whether the front matter as read goes into {@link #cache} too: a build with a build cache, not the preview (it keeps its reads in memory). */
    private final boolean storesReads;

    private Reuse(boolean keeps, BuildCache cache, CacheKey tool, ReadCache reads, ScanCache scans,
            StructureCache structure) {
        this.keeps = keeps;
        this.storesReads = keeps && reads == ReadCache.NONE;
        this.cache = cache;
        this.tool = tool;
        this.reads = reads;
        this.scans = scans;
        this.structure = structure;
    }

    /** A cold run: every file read, every page parsed and rendered. */
    public static Reuse none() {
        // nothing is stored, so the tool's code need not be keyed (reading the jar's directory takes 20 ms)
        return new Reuse(false, BuildCache.NONE, NOTHING_KEPT, ReadCache.NONE, ScanCache.NONE, StructureCache.NONE);
    }

    /**
     * A cold run that reads {@code bytes} in place of the page at {@code path} in the content folder: the
     * checks of a page as the preview's editor has it, unsaved.
     */
    public static Reuse unsaved(String path, byte[] bytes) {
        return new Reuse(false, BuildCache.NONE, NOTHING_KEPT, ReadCache.unsaved(path, bytes), ScanCache.NONE,
                StructureCache.NONE);
    }

    /** The results in {@code cache}, made by this build of the tool. */
    public static Reuse cache(BuildCache cache) {
        return cache(cache, FolderDigest.tool());
    }

    /** The results in {@code cache} that {@code tool} made (another key: as another build of the tool would). */
    public static Reuse cache(BuildCache cache, CacheKey tool) {
        return new Reuse(true, cache, tool, ReadCache.NONE, ScanCache.NONE, StructureCache.NONE);
    }

    /** Everything {@code memory} kept from the previous runs in this process. */
    public static Reuse memory(PreviewMemory memory) {
        return new Reuse(true, memory.cache, memory.tool, memory.reads, memory.scans, memory.structure);
    }

    /**
     * Whether the run may take or keep anything at all: a run that may not (a check, a release) makes no
     * keys, which a cold JVM pays for dearly (hashing every page's text, encoding every page's facts).
     */
    boolean keeps() {
        return keeps;
    }

    /** Where the load takes the files' front matter as read from: for a build with a cache, that cache under {@code config}. */
    ReadCache reads(Path source, HandbookConfig config) {
        return storesReads ? ReadCache.stored(new StoredReads(cache, tool, StructureKey.configFile(source), config)) : reads;
    }

    /** The run's site is made whole: the cache may let go of what it did not use. */
    public void finish() {
        cache.finish();
    }

    /** The run stopped before its site was made: the cache keeps what it stored, for the run after the fix. */
    public void keep() {
        cache.keep();
    }
}
