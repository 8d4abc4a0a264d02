package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.check.Problem;
import dev.handbook.output.LockHolder;
import dev.handbook.output.OutputLock;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder against kills, a second run at once, links, files in the way, and file modes. */
class OutputRunsTest {
    @TempDir
    Path dir;

    private Path handbook(String text) {
        return Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", "---\ntitle: A\n---\n" + text + "\n"));
    }

    private static String text(Path site) {
        return Fixtures.page(site, "a.html").select("main p").text();
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesLeavesTheLastSiteForTheNextRunToPutBack() throws Exception {
        Path source = handbook("Oud.");
        Path site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        // what a kill between the renames leaves: the last site moved away, the new one staged, no site
        Files.move(site, dir.resolve(".site.old-k1ll3d"));
        Path staged = Fixtures.write(dir.resolve(".site.staging-k1ll3d"), Map.of("a.html", "<p>Half.</p>", ".handbook-site", ""));
        Fixtures.write(dir.resolve(".site.staging-0ther"), Map.of("index.html", "<p>Half.</p>"));
        Files.writeString(dir.resolve(".site.lock"), "999999999\n");

        // the next run finds errors in the content and writes nothing, yet the last site is back
        Files.writeString(source.resolve("01-a.md"), "---\ntitle: A\n---\nNu met [een kapotte link](weg.md).\n");
        Outcome failed = Handbooks.build(source, site, Options.DEFAULT);
        assertThat(failed.written()).isFalse();
        assertThat(failed.problems()).extracting(Problem::code).containsExactly("link.broken");
        assertThat(text(site)).isEqualTo("Oud.");
        assertThat(staged).doesNotExist();
        assertThat(siblings()).containsExactly("site", "src");
    }

    @Test
    void theRunAfterAKillRemovesEveryLeftoverAndWritesItsSite() throws Exception {
        Path source = handbook("Oud.");
        Path site = dir.resolve("site");
        Handbooks.build(source, site, Options.DEFAULT);
        Fixtures.write(dir.resolve(".site.staging-a"), Map.of("a.html", "x"));
        Fixtures.write(dir.resolve(".site.old-b"), Map.of("a.html", "y", ".handbook-site", ""));
        Fixtures.write(dir.resolve(".ander.staging-c"), Map.of("a.html", "not this site's"));

        Files.writeString(source.resolve("01-a.md"), "---\ntitle: A\n---\nNieuw.\n");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        assertThat(text(site)).isEqualTo("Nieuw.");
        assertThat(siblings()).containsExactly(".ander.staging-c", "site", "src");
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedWithTheFirstRunsProcessAndTheSiteStays() throws Exception {
        Path source = handbook("Oud.");
        Path site = dir.resolve("site");
        Handbooks.build(source, site, Options.DEFAULT);
        Files.writeString(source.resolve("01-a.md"), "---\ntitle: A\n---\nNieuw.\n");

        Process other = LockHolder.start(dir.resolve(".site.lock"));
        try {
            Outcome refused = Handbooks.build(source, site, Options.DEFAULT);
            assertThat(refused.written()).isFalse();
            assertThat(refused.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("output.busy");
                assertThat(p.args()).containsExactly(site.toAbsolutePath().toString(), String.valueOf(other.pid()));
            });
            assertThat(text(site)).isEqualTo("Oud.");
        } finally {
            other.destroyForcibly();
            assertThat(other.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        // the killed run's lock is taken over
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        assertThat(text(site)).isEqualTo("Nieuw.");
        assertThat(siblings()).containsExactly("site", "src");
    }

    @Test
    void aRunOfThisProcessHoldingTheFolderRefusesAnotherOneToo() throws Exception {
        Path source = handbook("Oud.");
        Path site = dir.resolve("site");
        try (OutputLock held = OutputLock.acquire(dir.resolve(".site.lock"))) {
            Outcome refused = Handbooks.build(source, site, Options.DEFAULT);
            assertThat(refused.problems()).extracting(Problem::code).containsExactly("output.busy");
            assertThat(site).doesNotExist();
        }
    }

    @Test
    void anOutputFolderThatIsASymbolicLinkIsRefusedAndStaysALink() throws Exception {
        Path source = handbook("Oud.");
        Path real = dir.resolve("echt");
        Handbooks.build(source, real, Options.DEFAULT);
        Path link = Files.createSymbolicLink(dir.resolve("site"), real);
        Files.writeString(source.resolve("01-a.md"), "---\ntitle: A\n---\nNieuw.\n");

        Outcome refused = Handbooks.build(source, link, Options.DEFAULT);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("output.symlink");
            assertThat(p.args()).containsExactly(link.toString(), real.toString());
        });
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(text(real)).isEqualTo("Oud.");

        Path dangling = Files.createSymbolicLink(dir.resolve("weg"), dir.resolve("bestaat-niet"));
        assertThat(Handbooks.build(source, dangling, Options.DEFAULT).problems()).extracting(Problem::code)
                .containsExactly("output.symlink");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(siblings()).containsExactly("echt", "site", "src", "weg");
    }

    @Test
    void anOutputFolderBelowAFileIsRefusedNamingTheFile() throws Exception {
        Path source = handbook("Oud.");
        Path file = Files.writeString(dir.resolve("notities.txt"), "niet weggooien");
        Outcome refused = Handbooks.build(source, file.resolve("deel/site"), Options.DEFAULT);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("output.below-file");
            assertThat(p.args()).containsExactly(file.resolve("deel/site").toString(), file.toString());
        });
        assertThat(file).hasContent("niet weggooien");
    }

    @Test
    void foldersMadeToHoldTheOutputGoAgainWhenNoSiteComes() throws Exception {
        Path source = handbook("[kapot](weg.md)");
        Outcome failed = Handbooks.build(source, dir.resolve("a/b/site"), Options.DEFAULT);
        assertThat(failed.written()).isFalse();
        assertThat(siblings()).containsExactly("src");
    }

    @Test
    void aFolderWithoutWriteAccessIsTheReadOnlyProblem() throws Exception {
        assumeTrue(posix(), "POSIX permissions");
        Path source = handbook("Oud.");
        Path locked = Files.createDirectory(dir.resolve("alleen-lezen"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "the superuser writes anywhere");
            Outcome refused = Handbooks.build(source, locked.resolve("site"), Options.DEFAULT);
            assertThat(refused.problems()).extracting(Problem::code).containsExactly("output.read-only");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theSiteTakesTheModesThatMkdirAndANewFileGetUnderTheUmask() throws Exception {
        assumeTrue(posix(), "POSIX permissions");
        Path source = handbook("![Beeld](beeld.svg)");
        Path image = Files.writeString(source.resolve("beeld.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        // an image saved private to its editor is published for everyone all the same
        Files.setPosixFilePermissions(image, PosixFilePermissions.fromString("rw-------"));
        Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("probe")));
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe/file")));
        assumeTrue(!folderMode.equals(PosixFilePermissions.fromString("rwx------")), "a umask of 077 makes every folder private");

        Path site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        assertThat(Files.getPosixFilePermissions(site)).isEqualTo(folderMode);
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : all.toList()) {
                assertThat(Files.getPosixFilePermissions(p)).as(p.toString())
                        .isEqualTo(Files.isDirectory(p) ? folderMode : fileMode);
            }
        }
        assertThat(site.resolve("beeld.svg")).exists();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
