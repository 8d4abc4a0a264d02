package dev.handbook.render;

import dev.handbook.config.TextFiles;
import dev.handbook.yaml.StrictYaml;
import dev.handbook.yaml.YamlException;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The interface strings of the site in the handbook's language, as flat dotted keys ("nav.next"). */
public record Translations(Map<String, String> strings) {
    public Translations {
        strings = Map.copyOf(strings);
    }

    static Translations load(List<Path> files) {
        Map<String, String> strings = new TreeMap<>();
        StrictYaml yaml = new StrictYaml();
        for (Path file : files) {
            try {
                flatten("", yaml.parse(TextFiles.read(file)), strings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (YamlException e) {
                throw new IllegalStateException(file + ":" + e.pos().line() + ": " + e.problem(), e);
            }
        }
        return new Translations(strings);
    }

    private static void flatten(String prefix, YamlNode node, Map<String, String> into) {
        if (node instanceof YamlMap map) {
            map.entries().values().forEach(e -> flatten(prefix + e.key() + ".", e.value(), into));
        } else if (node instanceof YamlScalar scalar && scalar.value() != null) {
            into.put(prefix.substring(0, prefix.length() - 1), scalar.text());
        }
    }

    /** The string for a key; a missing key shows itself, so that it is noticed on the page. */
    public String get(String key) {
        return strings.getOrDefault(key, key);
    }
}
