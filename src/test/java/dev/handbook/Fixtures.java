package dev.handbook;

import dev.handbook.pipeline.Build;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.Built;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Reuse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fixture handbooks for tests: copied from src/test/resources or written inline, built, and parsed. */
public final class Fixtures {
    private Fixtures() {}

    /** The handbook in {@code source} taken through the pipeline, cold, with every body rendered once and kept. */
    public static Built built(Path source) {
        return Build.run(new BuildRequest(source, Options.DEFAULT), Reuse.none()).withBodiesKept();
    }

    /** Copies the fixture handbook {@code name} into {@code dir} so that a test may change it. */
    public static Path copy(String name, Path dir) {
        Path from = Path.of("src/test/resources/handbooks", name);
        Path to = dir.resolve(name);
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(d).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Writes a whole handbook from inline files: path relative to the handbook, then its text. */
    public static Path write(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public static Document page(Path site, String path) {
        try {
            return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", site.resolve(path).toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML file of a site, as paths relative to its root with forward slashes, sorted. */
    public static List<String> htmlFiles(Path site) {
        return files(site).stream().filter(p -> p.endsWith(".html")).toList();
    }

    public static List<String> files(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
