package dev.handbook.config;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the keys {@code glossary}, {@code glossary-links} and {@code lists} of {@code handbook.yml}. A value
 * that is not allowed is an error at its line naming what is, and the setting keeps its default.
 */
final class ReferenceSettingsReader {
    static final List<String> KEYS = List.of("glossary", "glossary-links", "lists");

    private final Problems problems;
    private final String file;

    ReferenceSettingsReader(Problems problems, String file) {
        this.problems = problems;
        this.file = file;
    }

    ReferenceSettings read(YamlMap root, Path source) {
        return new ReferenceSettings(glossary(root, source), glossaryLinks(root), lists(root));
    }

    private String glossary(YamlMap root, Path source) {
        YamlNode node = root.get("glossary").orElse(null);
        if (!(node instanceof YamlScalar s) || s.value() == null) return null;
        String name = s.text().strip().replace('\\', '/');
        Path path = source.resolve(name).normalize();
        if (!name.endsWith(".md") || !path.startsWith(source.normalize()) || !Files.isRegularFile(path)) {
            problems.add(Problem.error(file, node.pos(), "config.glossary-missing", name));
            return null;
        }
        return name;
    }

    private ReferenceSettings.GlossaryLinks glossaryLinks(YamlMap root) {
        YamlNode node = root.get("glossary-links").orElse(null);
        if (node == null) return ReferenceSettings.GlossaryLinks.FIRST;
        List<String> allowed = Arrays.stream(ReferenceSettings.GlossaryLinks.values())
                .map(ReferenceSettings.GlossaryLinks::keyword).toList();
        String value = node instanceof YamlScalar s ? s.text().strip() : "";
        int at = allowed.indexOf(value);
        if (at >= 0) return ReferenceSettings.GlossaryLinks.values()[at];
        problems.add(Problem.error(file, node.pos(), "config.glossary-links", value, String.join(", ", allowed),
                Suggestions.closest(value, allowed).orElse("")));
        return ReferenceSettings.GlossaryLinks.FIRST;
    }

    private List<ReferenceSettings.BookList> lists(YamlMap root) {
        YamlNode node = root.get("lists").orElse(null);
        if (node == null) return List.of();
        List<String> allowed = Arrays.stream(ReferenceSettings.BookList.values()).map(ReferenceSettings.BookList::keyword).toList();
        List<ReferenceSettings.BookList> lists = new ArrayList<>();
        for (YamlNode item : node instanceof YamlList l ? l.items() : List.of(node)) {
            String value = item instanceof YamlScalar s ? s.text().strip() : "";
            int at = allowed.indexOf(value);
            if (at < 0) {
                problems.add(Problem.error(file, item.pos(), "config.lists", value, String.join(", ", allowed),
                        Suggestions.closest(value, allowed).orElse("")));
            } else if (!lists.contains(ReferenceSettings.BookList.values()[at])) {
                lists.add(ReferenceSettings.BookList.values()[at]);
            }
        }
        return lists;
    }
}
