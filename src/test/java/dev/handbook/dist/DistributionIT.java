package dev.handbook.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacked tar.gz runs with no Java on the machine's path and no JAVA_HOME, and builds the sample
 * handbook to the very bytes that `java -jar target/handbook.jar` writes.
 */
class DistributionIT {
    @TempDir
    Path dir;

    @Test
    void theUnpackedDistributionBuildsTheSampleWithoutJavaToTheBytesOfTheJar() throws Exception {
        Path tarball = Distribution.file(".tar.gz");
        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        assertThat(Distribution.run(List.of("tar", "-xzf", tarball.toString(), "-C", unpacked.toString()),
                Map.of("PATH", "/usr/bin:/bin"), dir).code()).isZero();
        String name = tarball.getFileName().toString().replace(".tar.gz", "");
        Path launcher = unpacked.resolve(name).resolve("bin/handbook");
        assertThat(launcher).isExecutable();
        Path content = Path.of("content").toAbsolutePath();

        // nothing on PATH: no java, no shell tools; the launcher finds its own runtime
        Map<String, String> bare = Map.of("PATH", dir.resolve("empty").toString(), "HOME", dir.toString(),
                "HANDBOOK_CACHE", dir.resolve("cache-dist").toString());
        Distribution.Run version = Distribution.run(List.of(launcher.toString(), "--version"), bare, dir);
        assertThat(version.code()).isZero();
        assertThat(version.output()).startsWith("handbook ");
        Distribution.Run built = Distribution.run(List.of(launcher.toString(), "build", "--source", content.toString(),
                "--out", dir.resolve("site-dist").toString()), bare, dir);
        assertThat(built.code()).as(built.output()).isZero();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Distribution.Run byJar = Distribution.run(List.of(java, "-jar", Path.of("target/handbook.jar").toAbsolutePath().toString(),
                "build", "--source", content.toString(), "--out", dir.resolve("site-jar").toString()),
                Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString(), "HANDBOOK_CACHE", dir.resolve("cache-jar").toString()), dir);
        assertThat(byJar.code()).as(byJar.output()).isZero();

        Map<String, byte[]> fromDist = Distribution.tree(dir.resolve("site-dist"));
        Map<String, byte[]> fromJar = Distribution.tree(dir.resolve("site-jar"));
        assertThat(fromDist.keySet()).containsExactlyElementsOf(fromJar.keySet()).contains("index.html", "print.html");
        for (String file : fromJar.keySet()) assertThat(fromDist.get(file)).as(file).isEqualTo(fromJar.get(file));
    }

    @Test
    void theDistributionCarriesItsRuntimeClassArchiveLicenceAndThirdPartyList() throws Exception {
        Path home = Distribution.folder().resolve(Distribution.file(".tar.gz").getFileName().toString().replace(".tar.gz", ""));
        assertThat(home.resolve("runtime/bin/java")).isExecutable();
        assertThat(home.resolve("lib/handbook.jsa")).as("a class archive made at packaging time").isRegularFile();
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
        assertThat(home.resolve("THIRD-PARTY.md")).isRegularFile();
        assertThat(home.resolve("bin/handbook.cmd")).isRegularFile();
    }
}
