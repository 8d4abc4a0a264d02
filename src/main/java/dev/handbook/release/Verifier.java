package dev.handbook.release;

import dev.handbook.model.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a release folder, or a release zip, against the manifest it carries: every listed file there
 * with the same SHA-256, and nothing else.
 */
public final class Verifier {
    private Verifier() {}

    /** @throws NotARelease when there is no readable manifest to check against */
    public static Verification verify(Path path) throws IOException, NotARelease {
        if (Files.isDirectory(path)) return folder(path);
        if (Files.isRegularFile(path)) return zip(path);
        throw new NotARelease("verify.missing", path.toString());
    }

    private static Verification folder(Path root) throws IOException, NotARelease {
        Path file = root.resolve(SitePaths.EDITION_MANIFEST);
        if (!Files.isRegularFile(file)) throw new NotARelease("verify.no-manifest", root.toString());
        Manifest manifest = manifest(Files.readAllBytes(file), file.toString());
        Map<String, String> actual = new TreeMap<>();
        for (Manifest.FileDigest d : ReleaseFolder.digests(root)) actual.put(d.path(), d.sha256());
        return compare(manifest, actual);
    }

    private static Verification zip(Path path) throws IOException, NotARelease {
        Map<String, String> actual = new TreeMap<>();
        byte[] manifestBytes = null;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            String prefix = null;
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.isDirectory()) continue;
                String name = entry.getName();
                int slash = name.indexOf('/');
                String folder = slash < 0 ? "" : name.substring(0, slash + 1);
                if (prefix == null) prefix = folder;
                // a file outside the release's one folder is extra, under its full name
                String rel = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
                try (InputStream in = zip.getInputStream(entry)) {
                    if (rel.equals(SitePaths.EDITION_MANIFEST)) {
                        manifestBytes = in.readAllBytes();
                    } else {
                        actual.put(rel, sha256(in));
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new NotARelease("verify.not-a-zip", path.toString());
        }
        if (manifestBytes == null) throw new NotARelease("verify.no-manifest", path.toString());
        return compare(manifest(manifestBytes, path.toString()), actual);
    }

    private static Verification compare(Manifest manifest, Map<String, String> actual) {
        List<String> altered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Manifest.FileDigest expected : manifest.files()) {
            String found = actual.remove(expected.path());
            if (found == null) {
                missing.add(expected.path());
            } else if (!found.equals(expected.sha256())) {
                altered.add(expected.path());
            }
        }
        return new Verification(manifest.version(), altered, missing, new ArrayList<>(actual.keySet()));
    }

    private static Manifest manifest(byte[] bytes, String where) throws NotARelease {
        try {
            return ManifestJson.read(bytes);
        } catch (IOException | RuntimeException e) {
            throw new NotARelease("verify.bad-manifest", where, String.valueOf(e.getMessage()));
        }
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest = Digests.sha256();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The path holds nothing that can be checked; {@code code} names the message. */
    public static final class NotARelease extends Exception {
        private final String code;
        private final transient List<String> args;

        NotARelease(String code, String... args) {
            super(code);
            this.code = code;
            this.args = List.of(args);
        }

        public String code() {
            return code;
        }

        public List<String> args() {
            return args;
        }
    }
}
