package dev.handbook.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Making and removing the folders the tool owns: a replaced site, a staging folder left by a failure, parents it made. */
public final class Folders {
    private Folders() {}

    /** Deletes {@code root} and all it holds; symbolic links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
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

    /**
     * Makes {@code folder} and the folders above it that are missing, each as {@code mkdir} makes it.
     *
     * @return the highest folder made, or null when {@code folder} was there
     */
    public static Path createParents(Path folder) throws IOException {
        Path highest = null;
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) highest = p;
        Files.createDirectories(folder);
        return highest;
    }

    /**
     * Removes {@code folder} and the folders above it up to {@code highest}, as far as they are empty: the
     * folders {@link #createParents} made for a site that did not come.
     */
    public static void deleteEmpty(Path folder, Path highest) {
        if (highest == null) return;
        for (Path p = folder; p != null && p.startsWith(highest); p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                return; // not empty, or not ours to remove: leave it
            }
        }
    }
}
