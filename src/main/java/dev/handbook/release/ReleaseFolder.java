package dev.handbook.release;

import dev.handbook.model.SitePaths;
import dev.handbook.output.Folders;
import dev.handbook.output.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a release into a hidden staging folder beside its final place and renames it into place
 * in one step, only when every file, the zip and the manifest are written. The staging folder's name
 * starts with a dot, so that a release cut short (a crash, a full disk) is never taken for a release.
 */
final class ReleaseFolder {
    private ReleaseFolder() {}

    static void write(Path releases, String version, List<OutputFile> files, Manifest manifest, Stamp stamp)
            throws IOException {
        Files.createDirectories(releases);
        Path staging = Files.createTempDirectory(releases, "." + version + ".staging-");
        try {
            readableByAll(staging);
            for (OutputFile file : files) {
                Path dest = staging.resolve(file.path()).normalize();
                if (!dest.startsWith(staging)) throw new IOException("output path outside the release: " + file.path());
                Files.createDirectories(dest.getParent());
                if (file instanceof OutputFile.Generated g) {
                    Files.write(dest, g.bytes());
                } else if (file instanceof OutputFile.Copied c) {
                    Files.copy(c.source(), dest, StandardCopyOption.REPLACE_EXISTING);
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

    /** A temporary folder is private to its maker; a release is for everyone who serves or reads it. */
    private static void readableByAll(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder has its parent's permissions already
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
