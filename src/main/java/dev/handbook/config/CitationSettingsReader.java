package dev.handbook.config;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the keys {@code bibliography}, {@code csl} and {@code bibliography-page} of {@code handbook.yml}. */
final class CitationSettingsReader {
    private final Problems problems;
    private final String file;

    CitationSettingsReader(Problems problems, String file) {
        this.problems = problems;
        this.file = file;
    }

    /**
     * The bibliography, style and bibliography page: each file must be in the content folder, and the
     * bibliography must be of a format {@link CitationSettings#FORMATS} names. What is wrong is left out,
     * and said at its key; without a bibliography the style and page mean nothing.
     */
    CitationSettings read(YamlMap root, Path source) {
        String bibliography = contentFile(root, source, "bibliography");
        if (bibliography != null && CitationSettings.FORMATS.stream().noneMatch(bibliography.toLowerCase(java.util.Locale.ROOT)::endsWith)) {
            problems.add(Problem.error(file, root.get("bibliography").map(YamlNode::pos).orElse(root.pos()), "config.bibliography-format", bibliography,
                    String.join(", ", CitationSettings.FORMATS)));
            bibliography = null;
        }
        return new CitationSettings(bibliography, contentFile(root, source, "csl"), contentFile(root, source, "bibliography-page"));
    }

    /** The file {@code key} names, relative to the content folder, or null when absent; one that is not there is an error. */
    private String contentFile(YamlMap root, Path source, String key) {
        YamlNode node = root.get(key).orElse(null);
        if (node == null) return null;
        if (!(node instanceof YamlScalar s)) {
            problems.add(Problem.error(file, node.pos(), "config.expected-text", key));
            return null;
        }
        String name = s.value() == null ? null : s.text();
        if (name == null || name.isBlank()) return null;
        name = name.strip().replace('\\', '/');
        Path path = source.resolve(name).normalize();
        if (!path.startsWith(source.normalize()) || !Files.isRegularFile(path)) {
            problems.add(Problem.error(file, node.pos(), "config.file-missing", name, key));
            return null;
        }
        return name;
    }
}
