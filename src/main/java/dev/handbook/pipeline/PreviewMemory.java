package dev.handbook.pipeline;

import dev.handbook.cache.CacheKey;
import dev.handbook.cache.FolderDigest;
import dev.handbook.cache.MemoryCache;
import dev.handbook.content.ReadCache;

/**
 * What a process that builds one handbook again and again (the preview) keeps between its builds:
 * results by the key of what they were made from, the front matter of every file as last read, every
 * page's facts, and the files made from the handbook's structure alone. A build with it reads, parses
 * and renders only what a save changed; what it makes is the same as without it.
 */
public final class PreviewMemory {
    final MemoryCache cache = new MemoryCache();
    final CacheKey tool = FolderDigest.tool();
    final ReadCache reads;
    final ScanCache scans = ScanCache.kept();
    final StructureCache structure = StructureCache.kept();

    /** Reads every file at every build, and takes the ones whose bytes are unchanged as they were. */
    public PreviewMemory() {
        this(ReadCache.kept());
    }

    private PreviewMemory(ReadCache reads) {
        this.reads = reads;
    }

    /**
     * Takes every file as it was last read unless {@link #changed} reported a change under its path:
     * for a caller that watches the content folder and reports every change.
     */
    public static PreviewMemory watched() {
        return new PreviewMemory(ReadCache.watched());
    }

    /** Something changed at {@code path} in the content folder ("01-x/02-y.md", or a folder "01-x"). */
    public void changed(String path) {
        reads.changed(path);
    }

    /** Anything in the content folder may have changed. */
    public void changedAll() {
        reads.changed("");
    }

    /** Lets go of every result the last build did not use, once its site is made whole. */
    public void finish() {
        cache.finish();
    }
}
