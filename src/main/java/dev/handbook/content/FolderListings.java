package dev.handbook.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
 * preview's memory while no change was reported in the folder, else from disk. A symbolic link is
 * listed only when the {@link LinkPolicy} follows it; the theme's own folders at the top
 * ({@code templates}, {@code i18n}, {@code fonts}) and {@code handbook.yml} are the tool's, not
 * content, and are listed as they are.
 */
final class FolderListings {
    private final ReadCache reads;
    private final Path source;
    private final Predicate<Path> isContent;
    private final LinkPolicy links;
    private final Map<Path, List<Path>> listed = new HashMap<>();
    private final Set<Path> directories = new HashSet<>();

    /**
     * @param isContent which entries are content; it may report the others, once each
     * @param links which symbolic links to follow; it reports the others, once each
     */
    FolderListings(ReadCache reads, Path source, Predicate<Path> isContent, LinkPolicy links) {
        this.reads = reads;
        this.source = source;
        this.isContent = isContent;
        this.links = links;
    }

    /** The folder's entries that are content, sorted by name so that every build sees the same order. */
    List<Path> list(Path dir) {
        List<Path> known = listed.get(dir);
        if (known != null) return known;
        String rel = source.relativize(dir).toString().replace('\\', '/');
        List<ReadCache.Listed> entries = reads.listing(rel, dir);
        if (entries == null) {
            long stamp = reads.now();
            entries = read(dir, links.realSource());
            reads.keepListing(rel, dir, entries, stamp);
        }
        List<Path> content = new ArrayList<>();
        for (ReadCache.Listed entry : entries) {
            if (!isContent.test(entry.path())) continue;
            if (entry.link() != null && !isThemeFolder(dir, entry.path()) && !links.follows(entry.link())) continue;
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

    private boolean isThemeFolder(Path dir, Path entry) {
        String name = entry.getFileName().toString();
        return dir.equals(source) && ContentLoader.RESERVED.contains(name) && !name.equals("assets");
    }

    private static List<ReadCache.Listed> read(Path dir, Path realSource) {
        Path realDir = LinkPolicy.real(dir);
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> listed(p, realDir, realSource))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entry as it is, not followed: one look at it tells a link from a folder or a file. */
    private static ReadCache.Listed listed(Path entry, Path realDir, Path realSource) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new ReadCache.Listed(entry, false, null); // gone since it was listed: reading it reports that
        }
        if (!attributes.isSymbolicLink()) return new ReadCache.Listed(entry, attributes.isDirectory(), null);
        SymbolicLink link = SymbolicLink.of(entry, realDir, realSource);
        return new ReadCache.Listed(entry, link.directory(), link);
    }
}
