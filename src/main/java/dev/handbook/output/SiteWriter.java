package dev.handbook.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a site into a staging folder beside the output folder and swaps it in only when every file
 * is written, so that a failed build leaves the last good site as it was. It replaces only a folder
 * that it made itself (it carries a marker file) or an empty one: never a folder of someone else's.
 */
public final class SiteWriter {
    public static final String MARKER = ".handbook-site";

    private SiteWriter() {}

    public static void write(Path out, List<OutputFile> files) throws IOException, OutputFolderException {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
        try {
            for (OutputFile file : files) {
                Path dest = staging.resolve(file.path()).normalize();
                if (!dest.startsWith(staging)) throw new IOException("output path outside the site: " + file.path());
                Files.createDirectories(dest.getParent());
                if (file instanceof OutputFile.Generated g) {
                    Files.write(dest, g.bytes());
                } else if (file instanceof OutputFile.Copied c) {
                    Files.copy(c.source(), dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(staging.resolve(MARKER), "This folder was written by handbook; a build replaces it whole.\n");
            swap(staging, target);
        } finally {
            if (Files.exists(staging)) deleteTree(staging);
        }
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
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException ignored) {
                    // a file appeared meanwhile; leave the folder rather than fail the build
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
