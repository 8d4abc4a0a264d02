package dev.handbook.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders a site swap makes beside the output folder {@code NAME}, and the repair of what a run that
 * was killed left of them. Beside {@code NAME} lie, while a run writes, its lock {@code .NAME.lock}, the
 * new site {@code .NAME.staging-*} and, for a moment during the swap, the last site {@code .NAME.old-*}.
 * A run killed before its swap leaves a staging folder; one killed between the two renames leaves no
 * {@code NAME} at all and the last site in an old folder. The run that holds the lock next is the only
 * one writing there, so whatever else lies there is no live run's: it puts the last site back, when
 * {@code NAME} is missing, and removes the rest.
 */
final class SwapLeftovers {
    private static final String STAGING = ".staging-";
    private static final String OLD = ".old-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SwapLeftovers() {}

    static Path lockFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /** A new, empty staging folder beside {@code target}, made as {@code mkdir} makes one (with the umask). */
    static Path newStaging(Path target) throws IOException {
        for (int tries = 0; ; tries++) {
            try {
                return Files.createDirectory(fresh(target, STAGING));
            } catch (FileAlreadyExistsException e) {
                if (tries > 100) throw e;
            }
        }
    }

    /** A name beside {@code target} where the last site goes during the swap; nothing is there. */
    static Path newOld(Path target) {
        Path old;
        do {
            old = fresh(target, OLD);
        } while (Files.exists(old, LinkOption.NOFOLLOW_LINKS));
        return old;
    }

    /** Puts the last complete site back when {@code target} is missing, and removes every other leftover. */
    static void repair(Path target) throws IOException {
        List<Path> olds = leftovers(target, OLD);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path last = newestComplete(olds);
            if (last != null) {
                SiteWriter.move(last, target);
                olds.remove(last);
            }
        }
        for (Path old : olds) remove(old);
        for (Path staging : leftovers(target, STAGING)) remove(staging);
    }

    /** Removes a leftover as far as it can: one that resists does not stop the build, a later run tries again. */
    private static void remove(Path leftover) {
        try {
            Folders.deleteTree(leftover);
        } catch (IOException e) {
            // tried again by the next run
        }
    }

    /** The newest of {@code olds} that is a whole site (the marker is written last, before the swap). */
    private static Path newestComplete(List<Path> olds) throws IOException {
        Path newest = null;
        long newestTime = Long.MIN_VALUE;
        for (Path old : olds) {
            if (!Files.isRegularFile(old.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)) continue;
            long time = Files.getLastModifiedTime(old, LinkOption.NOFOLLOW_LINKS).toMillis();
            if (time > newestTime) {
                newest = old;
                newestTime = time;
            }
        }
        return newest;
    }

    /** The folders beside {@code target} named as this class names them with {@code kind}, links left out. */
    private static List<Path> leftovers(Path target, String kind) throws IOException {
        String prefix = "." + target.getFileName() + kind;
        List<Path> found = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                if (sibling.getFileName().toString().startsWith(prefix)
                        && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(sibling);
                }
            }
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static Path fresh(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + kind + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }
}
