package dev.handbook;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes the temporary files and folders that test helpers make outside JUnit's {@code @TempDir}
 * (a browser's profile, a benchmark's copy of a handbook) once they are done with them.
 */
public final class TempFolders {
    /** How often, and how far apart, a deletion is tried while a process that is ending still holds or adds files. */
    private static final int ATTEMPTS = 50;
    private static final long PAUSE_MILLIS = 100;

    private TempFolders() {}

    /**
     * Deletes {@code path} and, when it is a folder, everything in it (a symbolic link is deleted, not
     * followed). A browser that has just ended may still write into its profile for a moment, so a
     * failed deletion is tried again for up to five seconds; should it still fail, a warning says so
     * and the JVM tries once more when it exits. A folder left behind fails no test.
     */
    public static void delete(Path path) {
        IOException failure = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                deleteTree(path);
                return;
            } catch (IOException e) {
                failure = e;
            }
            if (attempt == ATTEMPTS - 1) break;
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        System.err.println("warning: could not delete " + path + " (" + failure + "); trying again when the JVM exits");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                deleteTree(path);
            } catch (IOException e) {
                // nothing more to be done; the system's own clean-up of temporary files will have it
            }
        }, "delete " + path));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE; // gone meanwhile
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
