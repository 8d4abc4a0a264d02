package dev.handbook.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A symbolic link found in the content folder, and where it leads, as far as the link alone tells:
 * whether its target lies inside the content folder, outside it, nowhere, or on a loop.
 *
 * @param location the link itself, as a real path (its folder's real path and its name): where the editor fixes it
 * @param target the target's real path, when it has one
 * @param written the target as the link writes it, to show the editor
 */
record SymbolicLink(Kind kind, Path location, Path target, String written, boolean directory) {
    enum Kind {
        /** Its target lies inside the content folder, and is not its own folder or one above it. */
        INSIDE,
        /** Its target lies outside the content folder: never read, never published. */
        OUTSIDE,
        /** Its target does not exist. */
        BROKEN,
        /** It leads to itself, round through other links, or to a folder it lies in. */
        LOOP,
        /** Its target cannot be looked at (no rights). */
        UNREADABLE
    }

    /**
     * @param link the link, as listed
     * @param realFolder the real path of the folder it is listed in
     * @param realSource the real path of the content folder
     */
    static SymbolicLink of(Path link, Path realFolder, Path realSource) {
        Path location = realFolder.resolve(link.getFileName().toString());
        String written;
        try {
            written = Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            written = "?";
        }
        Path real;
        try {
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            return new SymbolicLink(Kind.BROKEN, location, null, written, false);
        } catch (AccessDeniedException e) {
            return new SymbolicLink(Kind.UNREADABLE, location, null, written, false);
        } catch (FileSystemException e) {
            // the system gives up on a chain of links that never ends (ELOOP): itself, or links in a ring
            return new SymbolicLink(Kind.LOOP, location, null, written, false);
        } catch (IOException e) {
            return new SymbolicLink(Kind.UNREADABLE, location, null, written, false);
        }
        boolean directory = Files.isDirectory(real);
        if (!real.startsWith(realSource)) return new SymbolicLink(Kind.OUTSIDE, location, real, written, directory);
        // a folder that holds the link: walking into it would reach the link again, without end
        if (directory && realFolder.startsWith(real)) return new SymbolicLink(Kind.LOOP, location, real, written, true);
        return new SymbolicLink(Kind.INSIDE, location, real, written, directory);
    }
}
