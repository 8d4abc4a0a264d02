package dev.handbook.release;

import java.util.List;
import java.util.Optional;

/**
 * What a release holds, written as {@code manifest.json}: enough to check every byte of it later and
 * to tell the next edition what this one said.
 *
 * @param date the release date, {@code 2025-06-02}
 * @param tool the generator's name and version that made it
 * @param previous the version this one was compared with, or null
 * @param sources the SHA-256 of the content folder's files (names and bytes, sorted by name)
 * @param files every file of the release but the manifest itself, sorted by path
 */
public record Manifest(int format, String version, String title, String date, String tool, String previous,
        String sources, List<FileDigest> files, List<ItemDigest> pages, List<ItemDigest> entries) {
    public static final int FORMAT = 1;

    public record FileDigest(String path, long size, String sha256) {}

    /** A page or entry: its id, where it is, and the digest of its title and text. */
    public record ItemDigest(String id, String path, String type, String title, String sha256) {}

    public Manifest {
        files = List.copyOf(files);
        pages = List.copyOf(pages);
        entries = List.copyOf(entries);
    }

    public Manifest withFiles(List<FileDigest> newFiles) {
        return new Manifest(format, version, title, date, tool, previous, sources, newFiles, pages, entries);
    }

    public Optional<FileDigest> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
