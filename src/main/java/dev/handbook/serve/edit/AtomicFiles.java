package dev.handbook.serve.edit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a file whole or not at all: the bytes go to a new file beside it, which is then moved over
 * it, so that the preview's watcher, a crash or a full disk never leaves half a page. The version of a
 * file is the SHA-256 of its bytes: a save names the version it was opened at, so that a change made
 * on disk since (by another editor, a git pull) is never overwritten unseen.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    static void write(Path file, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a new file whole, failing when one is there already (the check and the creation are one step). */
    static void create(Path file, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            keepPermissions(file, temp);
            // a link is made only where nothing is, so the new file never replaces one
            try {
                Files.createLink(file, temp);
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file); // no hard links here: refused all the same when a file is there
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file is readable by its owner only; the page keeps the permissions it had (new: rw-r--r--). */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Files.setPosixFilePermissions(temp, Files.exists(file)
                ? Files.getPosixFilePermissions(file)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
