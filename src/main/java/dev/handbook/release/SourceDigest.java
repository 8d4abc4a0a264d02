package dev.handbook.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One SHA-256 for the whole content folder: each file's path and digest, sorted by path. It says
 * whether two releases were made from the same sources, whatever their folder or the files' dates.
 */
final class SourceDigest {
    private SourceDigest() {}

    /** @param releases left out when it lies inside the content folder */
    static String of(Path source, Path releases) throws IOException {
        Path root = source.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(releases)).toList();
        }
        MessageDigest digest = Digests.sha256();
        files.stream()
                .map(p -> root.relativize(p).toString().replace('\\', '/'))
                .sorted()
                .forEach(rel -> {
                    try {
                        digest.update((rel + "\0" + Digests.sha256(root.resolve(rel)) + "\n").getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        return HexFormat.of().formatHex(digest.digest());
    }
}
