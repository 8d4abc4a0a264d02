package dev.handbook.release;

import static dev.handbook.release.EditionFixture.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.Fixtures;
import dev.handbook.check.Problem;
import dev.handbook.output.OutputLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release against kills, a second run of the same version, and file modes. */
class ReleaseRunsTest {
    @TempDir
    Path dir;

    private Path handbook() {
        return Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", "---\ntitle: A\n---\n![Beeld](beeld.svg)\n",
                "beeld.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void stagingFoldersThatKilledRunsLeftOfTheVersionAreRemovedByTheNextRun() throws Exception {
        Path source = handbook();
        Path releases = dir.resolve("releases");
        Fixtures.write(releases.resolve(".1.staging-k1ll3d"), Map.of("index.html", "half"));
        Fixtures.write(releases.resolve(".2.staging-other"), Map.of("index.html", "another version's"));
        Files.writeString(releases.resolve(".1.lock"), "999999999\n");

        assertThat(release(source, releases, "1").outcome().written()).isTrue();
        assertThat(names(releases)).containsExactly(".2.staging-other", "1");
    }

    @Test
    void aSecondRunOfTheSameVersionIsRefusedAndAnotherVersionIsNot() throws Exception {
        Path source = handbook();
        Path releases = dir.resolve("releases");
        try (OutputLock held = OutputLock.acquire(Files.createDirectories(releases).resolve(".1.lock"))) {
            Releaser.Result refused = release(source, releases, "1");
            assertThat(refused.outcome().problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("release.busy");
                assertThat(p.args()).containsExactly("1", String.valueOf(ProcessHandle.current().pid()));
            });
            assertThat(release(source, releases, "2").outcome().problems()).extracting(Problem::code).isEmpty();
        }
        assertThat(names(releases)).containsExactly("2");
    }

    @Test
    void aReleaseThatIsNotMadeLeavesNoReleasesFolderBehind() {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", "---\ntitle: A\n---\n[kapot](weg.md)\n"));
        assertThat(release(source, dir.resolve("releases"), "1").outcome().written()).isFalse();
        assertThat(dir.resolve("releases")).doesNotExist();
    }

    @Test
    void aReleaseTakesTheModesThatMkdirAndANewFileGetUnderTheUmask() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path source = handbook();
        // an image saved private to its editor is published for everyone all the same
        Files.setPosixFilePermissions(source.resolve("beeld.svg"), PosixFilePermissions.fromString("rw-------"));
        Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("probe")));
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe/file")));
        Path releases = dir.resolve("releases");
        assertThat(release(source, releases, "1").outcome().written()).isTrue();
        try (Stream<Path> all = Files.walk(releases.resolve("1"))) {
            for (Path p : all.toList()) {
                assertThat(Files.getPosixFilePermissions(p)).as(p.toString())
                        .isEqualTo(Files.isDirectory(p) ? folderMode : fileMode);
            }
        }
    }
}
