package dev.handbook.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package installs, runs and goes away again: on CI, where `.ci/run` makes it
 * (-Ddist.installer=deb) and runs as root; elsewhere only when there is a package and root to install it.
 */
class DebPackageIT {
    private static final Path INSTALLED = Path.of("/opt/handbook/bin/handbook");

    @TempDir
    Path dir;

    @Test
    void theDebInstallsRunsVersionAndABuildOfTheSampleAndIsRemoved() throws Exception {
        Path dist = Distribution.folder();
        boolean ci = System.getenv("CI") != null;
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean hasDeb;
        try (var files = Files.list(dist)) {
            hasDeb = files.anyMatch(p -> p.getFileName().toString().endsWith(".deb"));
        }
        if (!ci) assumeTrue(hasDeb && root && Files.isExecutable(Path.of("/usr/bin/dpkg")), "no .deb, no root or no dpkg");
        Path deb = Distribution.file(".deb");
        Map<String, String> env = Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", "HOME", dir.toString());
        Distribution.Run install = Distribution.run(List.of("dpkg", "-i", deb.toString()), env, dir);
        assertThat(install.code()).as(install.output()).isZero();
        try {
            assertThat(INSTALLED).isExecutable();
            Distribution.Run version = Distribution.run(List.of(INSTALLED.toString(), "--version"), env, dir);
            assertThat(version.code()).as(version.output()).isZero();
            assertThat(version.output()).startsWith("handbook ");
            Path site = dir.resolve("site");
            Distribution.Run built = Distribution.run(List.of(INSTALLED.toString(), "build", "--source",
                    Path.of("content").toAbsolutePath().toString(), "--out", site.toString()),
                    Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString(), "HANDBOOK_CACHE", dir.resolve("cache").toString()), dir);
            assertThat(built.code()).as(built.output()).isZero();
            assertThat(site.resolve("index.html")).isNotEmptyFile();
            assertThat(site.resolve("print.html")).isNotEmptyFile();
        } finally {
            Distribution.Run remove = Distribution.run(List.of("dpkg", "-r", "handbook"), env, dir);
            assertThat(remove.code()).as(remove.output()).isZero();
        }
        assertThat(INSTALLED).doesNotExist();
    }
}
