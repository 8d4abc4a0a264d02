package dev.handbook.release;

import dev.handbook.model.SitePaths;
import dev.handbook.output.Folders;
import dev.handbook.output.OutputFile;
import dev.handbook.output.OutputLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a release into a hidden staging folder beside its final place and renames it into place
 * in one step, only when every file, the zip and the manifest are written. The staging folder's name
 * starts with a dot, so that a release cut short (a crash, a full disk) is never taken for a release.
 * One run at a time makes a version: it holds {@code .VERSION.lock} in the releases folder from start to
 * end ({@link OutputLock}), and the run that holds it removes the staging folders of that version that
 * killed runs left. Folders and files take the user's umask, as {@code mkdir} would make them.
 */
final class ReleaseFolder {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReleaseFolder() {}

    /** The releases folder held for one version while a run makes it. */
    static final class Claim implements AutoCloseable {
        private final OutputLock lock;
        private final Path releases;
        private final Path madeParent;

        private Claim(OutputLock lock, Path releases, Path madeParent) {
            this.lock = lock;
            this.releases = releases;
            this.madeParent = madeParent;
        }

        /** Lets go of the version; a releases folder made for a release that did not come goes too. */
        @Override
        public void close() {
            try {
                lock.close();
            } catch (IOException e) {
                // the lock went with its channel; the file left behind is taken over by the next run
            }
            Folders.deleteEmpty(releases, madeParent);
        }
    }

    /**
     * Holds {@code version} in {@code releases} (made when missing) for this run, and removes what killed
     * runs left of it.
     *
     * @throws OutputLock.Busy when another live run makes the same version
     */
    static Claim claim(Path releases, String version) throws IOException, OutputLock.Busy {
        Path madeParent = Folders.createParents(releases);
        OutputLock lock;
        try {
            lock = OutputLock.acquire(releases.resolve("." + version + ".lock"));
        } catch (IOException | OutputLock.Busy e) {
            Folders.deleteEmpty(releases, madeParent);
            throw e;
        }
        try (Stream<Path> children = Files.list(releases)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                if (child.getFileName().toString().startsWith(stagingPrefix(version))
                        && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    Folders.deleteTree(child);
                }
            }
        } catch (IOException e) {
            lock.close();
            throw e;
        }
        return new Claim(lock, releases, madeParent);
    }

    private static String stagingPrefix(String version) {
        return "." + version + ".staging-";
    }

    /** Writes the release; call it while holding the {@link #claim} of its version. */
    static void write(Path releases, String version, List<OutputFile> files, Manifest manifest, Stamp stamp)
            throws IOException {
        Files.createDirectories(releases);
        Path staging = newStaging(releases, version);
        try {
            for (OutputFile file : files) {
                Path dest = staging.resolve(file.path()).normalize();
                if (!dest.startsWith(staging)) throw new IOException("output path outside the release: " + file.path());
                Files.createDirectories(dest.getParent());
                if (file instanceof OutputFile.Generated g) {
                    Files.write(dest, g.bytes());
                } else if (file instanceof OutputFile.Copied c) {
                    // a new file, not a copy of the source's mode: the release is for everyone who serves it
                    try (InputStream in = Files.newInputStream(c.source())) {
                        Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            List<Manifest.FileDigest> digests = digests(staging);
            // The zip carries the manifest of what it holds; the folder's manifest adds the zip itself.
            Manifest inZip = manifest.withFiles(digests);
            Files.write(staging.resolve(SitePaths.EDITION_MANIFEST), ManifestJson.write(inZip));
            Path zip = staging.resolve(SitePaths.editionZip(version));
            List<String> zipped = new ArrayList<>(digests.stream().map(Manifest.FileDigest::path).toList());
            zipped.add(SitePaths.EDITION_MANIFEST);
            try (OutputStream out = Files.newOutputStream(zip)) {
                ZipMaker.write(staging, zipped, "handbook-" + version, stamp.utc(), out);
            }
            List<Manifest.FileDigest> all = new ArrayList<>(digests);
            all.add(new Manifest.FileDigest(zip.getFileName().toString(), Files.size(zip), Digests.sha256(zip)));
            all.sort(java.util.Comparator.comparing(Manifest.FileDigest::path));
            Files.write(staging.resolve(SitePaths.EDITION_MANIFEST), ManifestJson.write(manifest.withFiles(all)));
            stampTimes(staging, FileTime.from(stamp.instant()));
            Path target = releases.resolve(version);
            if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(staging)) Folders.deleteTree(staging);
        }
    }

    /** A new staging folder, made as {@code mkdir} makes one: a temporary folder would be private to its maker. */
    private static Path newStaging(Path releases, String version) throws IOException {
        for (int tries = 0; ; tries++) {
            try {
                return Files.createDirectory(releases.resolve(stagingPrefix(version)
                        + Long.toUnsignedString(RANDOM.nextLong(), 36)));
            } catch (FileAlreadyExistsException e) {
                if (tries > 100) throw e;
            }
        }
    }

    /** Every file but the manifest, sorted by path, with forward slashes. */
    static List<Manifest.FileDigest> digests(Path root) throws IOException {
        List<Manifest.FileDigest> digests = new ArrayList<>();
        for (String rel : files(root)) {
            if (rel.equals(SitePaths.EDITION_MANIFEST)) continue;
            Path file = root.resolve(rel);
            digests.add(new Manifest.FileDigest(rel, Files.size(file), Digests.sha256(file)));
        }
        return digests;
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** The files' dates are the release's too, so that copies and unpacked zips agree with each other. */
    private static void stampTimes(Path root, FileTime time) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) Files.setLastModifiedTime(p, time);
        }
    }
}
