package dev.handbook.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The folders of one load, each listed once, with which of their entries are folders: from the
 * preview's memory while no change was reported in the folder, else from disk.
 */
final class FolderListings {
    private final ReadCache reads;
    private final Path source;
    private final Predicate<Path> isContent;
    private final Map<Path, List<Path>> listed = new HashMap<>();
    private final Set<Path> directories = new HashSet<>();

    /** @param isContent which entries are content; it may report the others, once each */
    FolderListings(ReadCache reads, Path source, Predicate<Path> isContent) {
        this.reads = reads;
        this.source = source;
        this.isContent = isContent;
    }

    /** The folder's entries that are content, sorted by name so that every build sees the same order. */
    List<Path> list(Path dir) {
        List<Path> known = listed.get(dir);
        if (known != null) return known;
        String rel = source.relativize(dir).toString().replace('\\', '/');
        List<ReadCache.Listed> entries = reads.listing(rel, dir);
        if (entries == null) {
            long stamp = reads.now();
            entries = read(dir);
            reads.keepListing(rel, dir, entries, stamp);
        }
        List<Path> content = new ArrayList<>();
        for (ReadCache.Listed entry : entries) {
            if (!isContent.test(entry.path())) continue;
            content.add(entry.path());
            if (entry.directory()) directories.add(entry.path());
        }
        listed.put(dir, content);
        return content;
    }

    /** Whether a path {@link #list listed} is a folder. */
    boolean isDirectory(Path listedPath) {
        return directories.contains(listedPath);
    }

    private static List<ReadCache.Listed> read(Path dir) {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> new ReadCache.Listed(p, Files.isDirectory(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
