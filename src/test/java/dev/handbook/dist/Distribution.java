package dev.handbook.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What `mvn -Pdist package` made under target/dist, for the tests of the distribution. Without it the
 * tests are skipped on a developer's machine and fail on CI (CI is set), where `.ci/run` makes it.
 */
final class Distribution {
    private Distribution() {}

    static Path folder() {
        Path dist = Path.of(System.getProperty("handbook.dist", "target/dist"));
        boolean made = Files.isDirectory(dist);
        if (!made && System.getenv("CI") != null) throw new AssertionError("no distribution in " + dist + ": run mvn -Pdist verify");
        assumeTrue(made, "no distribution in " + dist + " (mvn -Pdist verify makes one)");
        return dist;
    }

    /** The one file in the distribution folder whose name ends so. */
    static Path file(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).as("files ending in %s in %s", suffix, folder()).hasSize(1);
            return found.get(0);
        }
    }

    /** A command's exit code and everything it printed. */
    record Run(int code, String output) {}

    static Run run(List<String> command, Map<String, String> environment, Path workingDir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path log = Files.createTempFile("dist-run", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 10 minutes");
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Run(process.exitValue(), output);
    }

    /** Every file under {@code root} by its relative path, with its bytes. */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    static List<String> list(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
