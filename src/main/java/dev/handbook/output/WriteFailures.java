package dev.handbook.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What an input/output error while writing a site means for the person who ran the build: a full disk, a
 * folder they may not write in, a file where a folder must be. Those are the machine's state, not bugs
 * of the tool, so they become an {@link OutputFolderException} that names the output folder and says
 * what to do. Java gives no error numbers, only the system's text for them ({@code strerror}), so the
 * kinds are told apart by that text where no exception type says it.
 */
public final class WriteFailures {
    private WriteFailures() {}

    /**
     * {@code e} as a problem with the output folder {@code target}, or {@code e} itself when it is about a
     * file outside the folder that holds {@code target} (a source that could not be read: not the output's
     * to explain).
     */
    public static IOException of(IOException e, Path target) {
        if (e instanceof OutputFolderException) return e;
        String folder = target.toString();
        String reason = reason(e);
        if (e instanceof FileSystemException fs && fs.getFile() != null && !aboutOutput(fs.getFile(), target)) return e;
        String text = reason.toLowerCase(Locale.ROOT);
        OutputFolderException mapped;
        if (text.contains("no space left") || text.contains("disk quota") || text.contains("not enough space")
                || text.contains("file too large")) {
            mapped = new OutputFolderException("output.disk-full", folder, folder);
        } else if (e instanceof AccessDeniedException || text.contains("read-only file system")
                || text.contains("permission denied") || text.contains("operation not permitted")) {
            mapped = new OutputFolderException("output.read-only", folder, folder);
        } else if (text.contains("not a directory")) {
            mapped = new OutputFolderException("output.below-file", folder, folder, file(e, target));
        } else {
            mapped = new OutputFolderException("output.write-failed", folder, folder, reason);
        }
        mapped.initCause(e);
        return mapped;
    }

    /** The system's words for what went wrong, without the path that the message names anyway. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) return fs.getReason();
            if (e instanceof AccessDeniedException) return "permission denied";
            return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? "unknown" : e.getMessage();
    }

    /** Whether {@code file} lies in the folder where the site, its staging and its lock are written. */
    private static boolean aboutOutput(String file, Path target) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        return target.getParent() == null || path.startsWith(target.getParent()) || target.startsWith(path);
    }

    private static String file(IOException e, Path target) {
        return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : target.toString();
    }
}
