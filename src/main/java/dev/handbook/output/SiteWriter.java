package dev.handbook.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a site into a staging folder beside the output folder and swaps it in only when every file
 * is written, so that a failed build leaves the last good site as it was. It replaces only a folder
 * that it made itself (it carries a marker file) or an empty one: never a folder of someone else's.
 */
public final class SiteWriter implements AutoCloseable, OutputSink {
    public static final String MARKER = ".handbook-site";
    /** Bytes a streamed file is written in: few enough system calls for a file of 84 MB. */
    private static final int STREAM_BUFFER = 1 << 16;

    private final Path target;
    private final Path staging;
    /** Folders made so far: at 10,000 pages asking the file system for each file's folder costs more than the write. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private SiteWriter(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        folders.add(staging);
    }

    /**
     * Starts a new site for {@code out}: files are written into a staging folder as they come (so that the
     * site need not be held in memory), and {@link #commit()} swaps it in; closing without commit drops it.
     */
    public static SiteWriter open(Path out) throws IOException, OutputFolderException {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        return new SiteWriter(target, Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-"));
    }

    /** Writes one file into the staging folder; safe to call from several threads at once. */
    @Override
    public void add(OutputFile file) throws IOException {
        Path dest = staged(file.path());
        written.add(file.path());
        Path folder = dest.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        if (file instanceof OutputFile.Generated g) {
            Files.write(dest, g.bytes());
        } else if (file instanceof OutputFile.Copied c) {
            Files.copy(c.source(), dest, StandardCopyOption.REPLACE_EXISTING);
        } else if (file instanceof OutputFile.Streamed s) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dest), STREAM_BUFFER)) {
                s.content().writeTo(out);
            }
        }
    }

    /** Writes {@code files} on all cores: their order does not matter in a folder. */
    @Override
    public void addAll(List<? extends OutputFile> files) throws IOException {
        try {
            files.parallelStream().forEach(file -> {
                try {
                    add(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Where a file of the new site lies until the swap, for steps that read what was written (the PDF). */
    public Path staged(String path) throws IOException {
        Path dest = staging.resolve(path).normalize();
        if (!dest.startsWith(staging) || dest.equals(staging)) throw new IOException("output path outside the site: " + path);
        return dest;
    }

    /** The paths written so far, from the site root. */
    public Set<String> written() {
        return Set.copyOf(written);
    }

    /** Marks the staged site as ours and swaps it in for the output folder. */
    public void commit() throws IOException {
        Files.writeString(staging.resolve(MARKER), "This folder was written by handbook; a build replaces it whole.\n");
        swap(staging, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed && Files.exists(staging)) Folders.deleteTree(staging);
    }

    private static void checkReplaceable(Path target) throws IOException, OutputFolderException {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) throw new OutputFolderException("output.not-a-folder", target.toString());
        if (Files.exists(target.resolve(MARKER))) return;
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) throw new OutputFolderException("output.foreign", target.toString());
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) move(old, target); // put the last good site back
            throw e;
        }
        if (old != null) Folders.deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
