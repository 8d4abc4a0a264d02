package dev.handbook.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Results kept in a folder between runs, in one pack file with an index ({@link Pack}), not one file
 * per result: a cold build of a thousand pages stores five thousand results, and as files (each made
 * beside its place and moved in) they cost the build more system time than its site. After a build the
 * index keeps only the results that build used, so the folder holds about one build's worth.
 *
 * <p>The folder is not the tool's alone (a disk fills up, a cleaner truncates files, someone copies
 * another folder over it), so every result carries its own length and checksum ({@link Sealed}), and
 * the index its own: a result that does not hold what was stored is dropped and counted as a miss, and
 * made again. A build with a damaged cache gives the bytes of a cold build.
 */
public final class DiskCache implements BuildCache {
    /** Bumped when the layout of the folder changes; a folder of an older layout is removed. */
    static final String LAYOUT = "v2";

    private final Path root;
    private final Set<CacheKey> used = ConcurrentHashMap.newKeySet();
    private final StatsCounter counter = new StatsCounter();
    private Pack pack;

    public DiskCache(Path folder) {
        this.root = folder.toAbsolutePath().normalize().resolve(LAYOUT);
    }

    /**
     * The cache folder for builds of the handbook in {@code source}: {@code HANDBOOK_CACHE} when set
     * ({@code environment}), else {@code handbook-cache} in the system's temporary folder; inside it,
     * one folder per content folder, so that handbooks sharing it do not clear each other's results.
     */
    public static DiskCache forHandbook(Path source, String environment) {
        Path base = environment != null && !environment.isBlank()
                ? Path.of(environment)
                : Path.of(System.getProperty("java.io.tmpdir"), "handbook-cache");
        String handbook = Hasher.of("source").add(source.toAbsolutePath().normalize().toString()).key().hex();
        return new DiskCache(base.resolve(handbook.substring(0, 16)));
    }

    /** The folder the results are in. */
    public Path folder() {
        return root;
    }

    @Override
    public byte[] get(CacheKey key) {
        used.add(key);
        Pack files = pack();
        byte[] stored = files.read(key);
        if (stored == null) return counter.count(null);
        byte[] value = Sealed.open(stored);
        if (value == null) files.drop(key); // damaged: the put() that follows the miss stores it anew
        return counter.count(value);
    }

    @Override
    public void put(CacheKey key, byte[] value) {
        used.add(key);
        pack().append(key, Sealed.seal(value));
    }

    /** Keeps the results this build used and drops the rest; the next build opens the folder anew. */
    @Override
    public void finish() {
        close(used);
        removeOlderLayouts();
    }

    /** Keeps every result, those of this build and those before it: for a build that stopped before its site was made. */
    @Override
    public void keep() {
        close(null);
    }

    /** How many results the folder holds for the next build: those the last build that finished kept. */
    public int results() {
        Pack files = pack();
        int count = files.count();
        close(null);
        return count;
    }

    @Override
    public CacheStats stats() {
        return counter.stats();
    }

    private synchronized Pack pack() {
        if (pack == null) pack = Pack.open(root);
        return pack;
    }

    private synchronized void close(Set<CacheKey> kept) {
        if (pack != null) pack.close(kept);
        pack = null;
        used.clear();
    }

    /** The one-file-per-result folders of the layout before ({@code v1}) would otherwise stay for good. */
    private void removeOlderLayouts() {
        Path older = root.resolveSibling("v1");
        if (!Files.isDirectory(older)) return;
        try (Stream<Path> walk = Files.walk(older)) {
            walk.sorted(Comparator.reverseOrder()).forEach(DiskCache::delete);
        } catch (IOException | UncheckedIOException e) {
            // left for the next build to remove
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next build to remove
        }
    }
}
