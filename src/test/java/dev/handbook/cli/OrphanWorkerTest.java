package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A launcher killed outright (SIGKILL) takes its worker JVM with it, and the site it was building is never
 * swapped in later. The launcher hands work to a second JVM only when it runs from a jar, so the test packs
 * the compiled classes into one (its manifest names the test's class path for the libraries).
 */
class OrphanWorkerTest {
    @TempDir
    Path dir;

    @Test
    void killingTheLauncherEndsTheWorkerAndTheSiteStaysAsItWas() throws Exception {
        Map<String, String> pages = new HashMap<>();
        pages.put("handbook.yml", "title: Proef\n");
        for (int i = 0; i < 400; i++) {
            pages.put(String.format("%02d-h/%03d-p.md", i / 40, i), "---\ntitle: Pagina " + i + "\n---\nNieuw. " + "Tekst. ".repeat(50) + "\n");
        }
        Path source = Fixtures.write(dir.resolve("src"), pages);
        // the last good site: a folder the tool made (its marker), as the user has it
        Path site = Fixtures.write(dir.resolve("site"), Map.of(".handbook-site", "", "index.html", "<p>Oud.</p>"));

        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar().toString(), Main.class.getName(), "build", "--source", source.toString(), "--out", site.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("launcher.log").toFile())
                .start();
        launcher.getOutputStream().close();
        ProcessHandle worker = null;
        try {
            worker = workerWritingInto(launcher);
            launcher.destroyForcibly();
            assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long killed = System.nanoTime();
            while (worker.isAlive() && System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(5)) Thread.sleep(20);
            assertThat(worker.isAlive()).as("the worker outlived its launcher").isFalse();
        } finally {
            launcher.destroyForcibly();
            if (worker != null) worker.destroyForcibly();
        }
        Thread.sleep(500);
        assertThat(Fixtures.files(site)).containsExactly(".handbook-site", "index.html");
        assertThat(Fixtures.page(site, "index.html").text()).isEqualTo("Oud.");

        // the next run clears what the halted worker left (its staging folder and its lock file)
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site"))).isEmpty();
        }
    }

    /** The launcher's worker, once it holds the output folder (its staging folder is there). */
    private ProcessHandle workerWritingInto(Process launcher) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
            Optional<ProcessHandle> child = launcher.toHandle().children().findFirst();
            boolean staging;
            try (Stream<Path> siblings = Files.list(dir)) {
                staging = siblings.anyMatch(p -> p.getFileName().toString().startsWith(".site.staging-"));
            }
            if (child.isPresent() && staging) return child.get();
            if (!launcher.isAlive()) throw new AssertionError("the launcher ended: " + Files.readString(dir.resolve("launcher.log")));
            Thread.sleep(10);
        }
        throw new AssertionError("no worker started");
    }

    /** The compiled classes as a jar whose manifest names the class path of this test for the libraries. */
    private Path jar() throws IOException {
        Path classes;
        try {
            classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        StringJoiner classPath = new StringJoiner(" ");
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString());
        Path jar = dir.resolve("tool/handbook.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
