package dev.handbook.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a site into a staging folder beside the output folder and swaps it in only when every file
 * is written, so that a failed build leaves the last good site as it was. It replaces only a folder
 * that it made itself (it carries a marker file) or an empty one: never a folder of someone else's, a
 * symbolic link, or a file. One run at a time writes beside an output folder ({@link OutputLock}), and
 * that run first repairs what a run killed halfway left there ({@link SwapLeftovers}). Folders and files
 * are made as {@code mkdir} and any editor would make them, with the user's umask: a web server running
 * as another user must be able to read the site.
 */
public final class SiteWriter implements AutoCloseable, OutputSink {
    public static final String MARKER = ".handbook-site";
    /** Bytes a streamed file is written in: few enough system calls for a file of 84 MB. */
    private static final int STREAM_BUFFER = 1 << 16;

    private final Path target;
    private final Path staging;
    private final OutputLock lock;
    /** The highest folder this run made to hold the output folder, removed again if no site comes; or null. */
    private final Path madeParent;
    /** Folders made so far: at 10,000 pages asking the file system for each file's folder costs more than the write. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private SiteWriter(Path target, Path staging, OutputLock lock, Path madeParent) {
        this.target = target;
        this.staging = staging;
        this.lock = lock;
        this.madeParent = madeParent;
        folders.add(staging);
    }

    /**
     * Starts a new site for {@code out}: files are written into a staging folder as they come (so that the
     * site need not be held in memory), and {@link #commit()} swaps it in; closing without commit drops it.
     *
     * @throws OutputFolderException when {@code out} may not be replaced, another run writes there, or
     *     the folder cannot be written (a full disk, no write access)
     */
    public static SiteWriter open(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkPlace(target);
        Path parent = target.getParent();
        Path madeParent = null;
        OutputLock lock = null;
        try {
            madeParent = Folders.createParents(parent);
            lock = OutputLock.acquire(SwapLeftovers.lockFile(target));
            SwapLeftovers.repair(target);
            checkReplaceable(target);
            return new SiteWriter(target, SwapLeftovers.newStaging(target), lock, madeParent);
        } catch (OutputLock.Busy busy) {
            Folders.deleteEmpty(parent, madeParent);
            throw new OutputFolderException("output.busy", target.toString(), target, busy.pid());
        } catch (IOException e) {
            if (lock != null) {
                try {
                    lock.close();
                } catch (IOException ignored) {
                    // the lock went with its channel; the file is taken over by the next run
                }
            }
            Folders.deleteEmpty(parent, madeParent);
            throw WriteFailures.of(e, target);
        }
    }

    /** Writes one file into the staging folder; safe to call from several threads at once. */
    @Override
    public void add(OutputFile file) throws IOException {
        try {
            write(file);
        } catch (IOException e) {
            throw WriteFailures.of(e, target);
        }
    }

    private void write(OutputFile file) throws IOException {
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
            copy(c.source(), dest);
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
        try {
            Files.writeString(staging.resolve(MARKER), "This folder was written by handbook; a build replaces it whole.\n");
            swap(staging, target);
        } catch (IOException e) {
            throw WriteFailures.of(e, target);
        }
        committed = true;
    }

    /**
     * Drops the staging folder when no site was committed and lets go of the folder. Tidying up never
     * fails a run: what cannot be removed now is removed by the next run ({@link SwapLeftovers}).
     */
    @Override
    public void close() {
        try {
            if (!committed && Files.exists(staging)) Folders.deleteTree(staging);
        } catch (IOException e) {
            // left for the next run
        }
        try {
            lock.close();
        } catch (IOException e) {
            // the file is left; the lock itself went with its channel
        }
        if (!committed) Folders.deleteEmpty(target.getParent(), madeParent);
    }

    /**
     * Copies a file into a new file of the site, which takes the mode of any new file (the umask), not
     * the source's: an image saved private to its editor is still published readable.
     */
    private static void copy(Path source, Path dest) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(dest, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                long moved = in.transferTo(done, size - done, out);
                if (moved <= 0) break; // the source shrank meanwhile
                done += moved;
            }
        }
    }

    /**
     * Refuses a place where the output folder cannot be: a symbolic link (replacing it would leave the
     * old site at the link's target, and the staging folder must lie beside the real folder to be
     * renamed into place) or a path below a file.
     */
    private static void checkPlace(Path target) throws OutputFolderException {
        if (Files.isSymbolicLink(target)) {
            throw new OutputFolderException("output.symlink", target.toString(), target, linkTarget(target));
        }
        for (Path above = target.getParent(); above != null; above = above.getParent()) {
            if (!Files.exists(above)) continue;
            if (!Files.isDirectory(above)) throw new OutputFolderException("output.below-file", target.toString(), target, above);
            return;
        }
    }

    private static Path linkTarget(Path link) {
        try {
            return link.resolveSibling(Files.readSymbolicLink(link)).normalize();
        } catch (IOException e) {
            return link;
        }
    }

    private static void checkReplaceable(Path target) throws IOException {
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
            old = SwapLeftovers.newOld(target);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) move(old, target); // put the last good site back
            throw e;
        }
        if (old != null) {
            try {
                Folders.deleteTree(old);
            } catch (IOException e) {
                // the new site is in: the last one is removed by the next run
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
