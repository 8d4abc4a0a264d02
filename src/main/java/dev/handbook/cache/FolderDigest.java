package dev.handbook.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Keys of whole files and folders: the running tool's code, a theme's folders. */
public final class FolderDigest {
    private FolderDigest() {}

    /**
     * The key of the code this build runs, so that a new build of the tool, even of the same version,
     * never reuses the results of the old one: for a jar, its size and its central directory (the name,
     * size and CRC-32 of every class and theme file in it; reading the whole 15 MB jar cost more than the
     * rest of a one-page rebuild); for a class folder (tests), every file. A command asks once per run, a
     * preview once when it starts.
     */
    public static CacheKey tool() {
        Path code = CodeLocation.of(FolderDigest.class);
        if (Files.isRegularFile(code)) return JarDirectory.key(code);
        return of("tool", List.of(code));
    }

    /** The key of every file under {@code paths} (files or folders), by relative path and content, in sorted order. */
    public static CacheKey of(String kind, List<Path> paths) {
        Hasher hasher = Hasher.of(kind);
        for (Path path : paths) {
            hasher.add(path.getFileName() == null ? "" : path.getFileName().toString());
            if (Files.isRegularFile(path)) {
                hasher.add(read(path));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        hasher.add(path.relativize(file).toString().replace('\\', '/')).add(read(file));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                hasher.add("absent");
            }
        }
        return hasher.key();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
