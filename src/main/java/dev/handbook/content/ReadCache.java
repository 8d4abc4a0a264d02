package dev.handbook.content;

import dev.handbook.config.HandbookConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pages read by earlier loads in this process (the preview's), by their path in the content folder: a
 * file whose bytes, name and configuration are unchanged is not decoded nor its front matter parsed
 * again. Checking front matter was most of what a save cost the preview besides the saved page itself.
 *
 * <p>A {@link #watched() watched} memory is told of every change by a file watcher, and takes a file
 * no change was reported for without reading it at all, and a folder without listing it: reading a
 * thousand files to find the one that was saved was the largest part of what was left.
 */
public final class ReadCache {
    /** Keeps nothing: every load reads every file. */
    public static final ReadCache NONE = new ReadCache(false, false, null, null, null);

    /** @param stamp the {@link #clock} when the file was read: a change reported after it makes it stale */
    private record Known(byte[] bytes, String file, PageRead read, long stamp) {}

    private final boolean keeps;
    private final boolean trustsWatcher;
    /**
     * An entry of a folder, and whether it is a folder itself (or a link to one).
     *
     * @param link where the entry leads when it is a symbolic link; else null
     */
    record Listed(Path path, boolean directory, SymbolicLink link) {}

    private record Listing(Path dir, List<Listed> entries, long stamp) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Map<String, Listing> listings = new ConcurrentHashMap<>();
    /** When a change was last reported under each path ("" for the whole folder), on {@link #clock}. */
    private final Map<String, Long> changes = new ConcurrentHashMap<>();
    /** When a change was last reported of an entry of each folder: its listing may differ since. */
    private final Map<String, Long> changesIn = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private volatile HandbookConfig config;
    /** A page's text not saved yet, read in place of its file (the preview's editor checks it), or null. */
    private final String unsavedPath;
    private final byte[] unsavedBytes;
    /** Where each file's front matter as read is kept for later runs, or null. */
    private final ReadStore store;

    private ReadCache(boolean keeps, boolean trustsWatcher, String unsavedPath, byte[] unsavedBytes, ReadStore store) {
        this.keeps = keeps;
        this.trustsWatcher = trustsWatcher;
        this.unsavedPath = unsavedPath;
        this.unsavedBytes = unsavedBytes;
        this.store = store;
    }

    /**
     * Keeps nothing in this process, and takes each file's front matter as read from {@code store} when an
     * earlier run kept it for the same bytes: a build with a build cache.
     */
    public static ReadCache stored(ReadStore store) {
        return new ReadCache(false, false, null, null, store);
    }

    /**
     * Keeps nothing, and reads {@code bytes} in place of the file at {@code path} ("01-x/02-y.md"): a
     * load that checks a page as the editor has it, before it is saved.
     */
    public static ReadCache unsaved(String path, byte[] bytes) {
        return new ReadCache(false, false, path, bytes.clone(), null);
    }

    /** The bytes of the file at {@code path} in the content folder, {@code file} on disk. */
    byte[] bytes(String path, Path file) throws IOException {
        if (path.equals(unsavedPath)) return unsavedBytes.clone();
        return Files.readAllBytes(file);
    }

    /** Keeps every file read, and takes it again when its bytes are unchanged. */
    public static ReadCache kept() {
        return new ReadCache(true, false, null, null, null);
    }

    /**
     * Keeps every file read, and takes it again without reading when no change was reported under its
     * path since: whoever makes this must report every change through {@link #changed}.
     */
    public static ReadCache watched() {
        return new ReadCache(true, true, null, null, null);
    }

    /**
     * Something changed at {@code path} in the content folder ("01-x/02-y.md", a folder "01-x", or ""
     * for anything anywhere): files there are read again by the next load.
     */
    public void changed(String path) {
        if (!trustsWatcher) return;
        long now = clock.incrementAndGet();
        changes.put(path, now);
        if (!path.isEmpty()) changesIn.put(parent(path), now);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Forgets everything when {@code current} differs from the configuration the pages were read with. */
    void use(HandbookConfig current) {
        if (!keeps || current.equals(config)) return;
        known.clear();
        listings.clear();
        config = current;
    }

    /** The time to give {@link #keep} for a file about to be read. */
    long now() {
        return clock.get();
    }

    /** The file at {@code path} as last read, when no change was reported under it since; else null. */
    PageRead unchanged(String path, String file) {
        if (!trustsWatcher) return null;
        Known k = known.get(path);
        if (k == null || !k.file().equals(file) || changedSince(path, k.stamp())) return null;
        return k.read();
    }

    private boolean changedSince(String path, long stamp) {
        if (changes.isEmpty()) return false;
        String at = path;
        while (true) {
            Long changed = changes.get(at);
            if (changed != null && changed > stamp) return true;
            if (at.isEmpty()) return false;
            at = parent(at);
        }
    }

    /** The entries of the folder {@code dir} at {@code path}, as last listed when no change was reported in it since; else null. */
    List<Listed> listing(String path, Path dir) {
        if (!trustsWatcher) return null;
        Listing l = listings.get(path);
        if (l == null || !l.dir().equals(dir) || changedSince(path, l.stamp())) return null;
        Long in = changesIn.get(path);
        return in != null && in > l.stamp() ? null : l.entries();
    }

    /** @param stamp {@link #now()} from before the folder was listed */
    void keepListing(String path, Path dir, List<Listed> entries, long stamp) {
        if (trustsWatcher) listings.put(path, new Listing(dir, List.copyOf(entries), stamp));
    }

    /** The file at {@code path} as last read, when it had these bytes and name; else null. */
    PageRead find(String path, byte[] bytes, String file) {
        if (!keeps) return null;
        Known k = known.get(path);
        return k != null && k.file().equals(file) && Arrays.equals(k.bytes(), bytes) ? k.read() : null;
    }

    /** @param stamp {@link #now()} from before the bytes were read */
    void keep(String path, byte[] bytes, String file, PageRead read, long stamp) {
        if (keeps) known.put(path, new Known(bytes, file, read, stamp));
    }

    /** The file at {@code path}, split into {@code fm}, as an earlier run read it with these bytes; else null. */
    PageRead stored(String path, String file, byte[] bytes, FrontMatter fm) {
        if (store == null) return null;
        byte[] kept = store.find(path, file, bytes);
        return kept == null ? null : PageReadCodec.decode(kept, fm);
    }

    /** Keeps {@code read} of the file at {@code path} with these bytes for later runs, when there is a store. */
    void store(String path, String file, byte[] bytes, PageRead read) {
        if (store != null && read.meta() != null) store.keep(path, file, bytes, PageReadCodec.encode(read.meta(), read.problems()));
    }
}
