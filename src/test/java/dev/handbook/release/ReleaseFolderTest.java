package dev.handbook.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handbook.Fixtures;
import dev.handbook.output.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseFolderTest {
    @TempDir
    Path dir;

    private static final Manifest MANIFEST = new Manifest(Manifest.FORMAT, "1", "T", "2025-06-02", "handbook test", null,
            "0".repeat(64), List.of(), List.of(), List.of());

    @Test
    void aReleaseCutShortLeavesNoFolderAtAllNotEvenAStagingOne() {
        Path releases = dir.resolve("releases");
        List<OutputFile> files = List.of(
                new OutputFile.Generated("index.html", "<p>eerste</p>".getBytes()),
                new OutputFile.Copied("plaatje.png", dir.resolve("verdwenen.png"))); // fails halfway, as a full disk would
        assertThatThrownBy(() -> ReleaseFolder.write(releases, "1", files, MANIFEST, new Stamp(Instant.EPOCH)))
                .isInstanceOf(IOException.class);
        assertThat(releases.resolve("1")).doesNotExist();
        assertThat(Fixtures.files(releases)).isEmpty();
    }

    @Test
    void aCompleteReleaseHasItsFilesItsZipAndAManifestOfBoth() throws Exception {
        Path releases = dir.resolve("releases");
        ReleaseFolder.write(releases, "1", List.of(new OutputFile.Generated("index.html", "<p>eerste</p>".getBytes())),
                MANIFEST, new Stamp(Instant.parse("2025-06-02T00:00:00Z")));
        assertThat(Fixtures.files(releases)).containsExactly("1/handbook-1.zip", "1/index.html", "1/manifest.json");
        Manifest written = ManifestJson.read(Files.readAllBytes(releases.resolve("1/manifest.json")));
        assertThat(written.files()).extracting(Manifest.FileDigest::path).containsExactly("handbook-1.zip", "index.html");
        assertThat(Files.getLastModifiedTime(releases.resolve("1/index.html")).toInstant())
                .isEqualTo(Instant.parse("2025-06-02T00:00:00Z"));
        assertThat(Verifier.verify(releases.resolve("1/handbook-1.zip")).intact()).isTrue();
    }
}
