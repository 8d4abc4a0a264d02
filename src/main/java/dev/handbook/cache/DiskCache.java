package dev.handbook.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Results kept in a folder between runs, one file per key ({@code ab/abcdef...}). A file is written
 * beside its place and moved in whole, so a crashed build leaves no half result. After a build the
 * results it did not use are removed, so the folder holds about one build's worth.
 *
 * <p>The folder is not the tool's alone (a disk fills up, a cleaner truncates files, someone copies
 * another folder over it), so every result carries its own length and checksum ({@link Sealed}): a
 * file that does not hold what was stored is dropped and counted as a miss, and the result is made
 * again. A build with a damaged cache gives the bytes of a cold build.
 */
public final class DiskCache implements BuildCache {
    /** Bumped when the layout of the folder changes. */
    static final String LAYOUT = "v1";

    private final Path root;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final StatsCounter counter = new StatsCounter();

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
        used.add(key.hex());
        Path file = place(key);
        byte[] stored;
        try {
            stored = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return counter.count(null);
        } catch (IOException e) {
            delete(file); // an unreadable result (a folder in its place, no rights) is made again, not trusted
            return counter.count(null);
        }
        byte[] value = Sealed.open(stored);
        if (value == null) delete(file); // damaged: the put() that follows the miss stores it anew
        return counter.count(value);
    }

    @Override
    public void put(CacheKey key, byte[] value) {
        used.add(key.hex());
        Path file = place(key);
        try {
            Path folder = file.getParent();
            if (folders.add(folder)) Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, key.hex().substring(0, 8), ".part");
            Files.write(part, Sealed.seal(value));
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a cache that cannot be written makes the next build slower, never wrong
        }
    }

    /** Removes the results this build did not use, and parts left by builds that crashed. */
    @Override
    public void finish() {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> walk = Files.walk(root, 2)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> !used.contains(f.getFileName().toString()))
                    .forEach(DiskCache::delete);
        } catch (IOException | UncheckedIOException e) {
            // a folder of the cache that cannot be listed keeps its results: the cache grows, builds stay right
        }
    }

    @Override
    public CacheStats stats() {
        return counter.stats();
    }

    private Path place(CacheKey key) {
        return root.resolve(key.hex().substring(0, 2)).resolve(key.hex());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next build to remove
        }
    }
}
