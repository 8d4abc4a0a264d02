package dev.handbook.scaffold;

import dev.handbook.config.TextFiles;
import dev.handbook.content.FrontMatter;
import dev.handbook.yaml.StrictYaml;
import dev.handbook.yaml.YamlException;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the pages of a type already live: a new case belongs beside the other cases, not at the end
 * of the handbook. Files that do not read as pages are passed over; the checker reports them.
 */
final class TypeHomes {
    private TypeHomes() {}

    /** The folder under {@code chapters} holding the most pages of {@code type}, the first such when tied. */
    static Optional<Path> of(java.util.List<Path> chapters, String type) {
        Map<Path, Integer> counts = new TreeMap<>();
        for (Path chapter : chapters) {
            try (Stream<Path> files = Files.walk(chapter)) {
                files.filter(p -> p.getFileName().toString().endsWith(".md"))
                        .filter(p -> type.equals(typeOf(p)))
                        .forEach(p -> counts.merge(p.getParent(), 1, Integer::sum));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<Path, Integer>::getValue).thenComparing(Map.Entry::getKey,
                        Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    private static String typeOf(Path file) {
        try {
            FrontMatter front = FrontMatter.split(TextFiles.read(file));
            if (front.yaml() == null) return null;
            YamlNode root = new StrictYaml().parse(front.yaml());
            if (root instanceof YamlMap map && map.get("type").orElse(null) instanceof YamlScalar s) return s.text();
        } catch (IOException | YamlException | UncheckedIOException e) {
            // not a readable page: no type
        }
        return null;
    }
}
