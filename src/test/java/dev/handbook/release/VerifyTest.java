package dev.handbook.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyTest {
    @TempDir
    static Path made;

    @TempDir
    Path dir;

    private Path folder;

    @BeforeAll
    static void release() {
        EditionFixture.release(Fixtures.copy("edition", made), made.resolve("releases"), "1");
    }

    /** Each test tampers with a copy of its own. */
    @BeforeEach
    void copy() throws IOException {
        Path original = made.resolve("releases/1");
        folder = dir.resolve("1");
        for (String rel : Fixtures.files(original)) {
            Files.createDirectories(folder.resolve(rel).getParent());
            Files.copy(original.resolve(rel), folder.resolve(rel));
        }
    }

    @Test
    void anUntouchedReleaseAndItsZipAreIntact() throws Exception {
        assertThat(Verifier.verify(folder).intact()).isTrue();
        Verification zip = Verifier.verify(folder.resolve("handbook-1.zip"));
        assertThat(zip.intact()).isTrue();
        assertThat(zip.version()).isEqualTo("1");
    }

    @Test
    void oneAlteredByteAMissingFileAndAnExtraFileAreEachFound() throws Exception {
        Path page = folder.resolve("start/doelen.html");
        byte[] bytes = Files.readAllBytes(page);
        bytes[bytes.length / 2] ^= 1;
        Files.write(page, bytes);
        Files.delete(folder.resolve("handbook-1.pdf"));
        Files.writeString(folder.resolve("casussen/nieuw.html"), "<p>ingevoegd</p>");

        Verification result = Verifier.verify(folder);
        assertThat(result.intact()).isFalse();
        assertThat(result.altered()).containsExactly("start/doelen.html");
        assertThat(result.missing()).containsExactly("handbook-1.pdf");
        assertThat(result.extra()).containsExactly("casussen/nieuw.html");
    }

    @Test
    void aZipWithAnAlteredEntryIsNotIntact() throws Exception {
        Path zip = folder.resolve("handbook-1.zip");
        Path copy = dir.resolve("kopie.zip");
        // rewrite the zip with one page changed, as someone editing the download would
        try (var in = new java.util.zip.ZipFile(zip.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("handbook-1/index.html")) bytes = (new String(bytes) + " ").getBytes();
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(Verifier.verify(copy).altered()).containsExactly("index.html");
    }

    @Test
    void aFolderWithoutManifestIsNoRelease() throws IOException {
        Files.delete(folder.resolve("manifest.json"));
        assertThatThrownBy(() -> Verifier.verify(folder)).isInstanceOf(Verifier.NotARelease.class)
                .extracting(e -> ((Verifier.NotARelease) e).code()).isEqualTo("verify.no-manifest");
    }
}
