package dev.handbook.serve.edit;

import dev.handbook.yaml.StrictYaml;
import dev.handbook.yaml.YamlException;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a page's front matter for the form, key by key in the file's order: scalars as the
 * editor typed them, lists of scalars as lists. A key whose value is neither (a nested map) is not
 * shown in the form and so never rewritten.
 */
final class FrontMatterValues {
    private FrontMatterValues() {}

    /** The values, or empty when the front matter is no YAML map (the check tells what is wrong). */
    static Optional<Map<String, FormValue>> read(String yaml) {
        Map<String, FormValue> values = new LinkedHashMap<>();
        if (yaml == null || yaml.isBlank()) return Optional.of(values);
        YamlNode root;
        try {
            root = new StrictYaml().parse(yaml);
        } catch (YamlException e) {
            return Optional.empty();
        }
        if (!(root instanceof YamlMap map)) return Optional.empty();
        for (YamlMap.Entry entry : map.entries().values()) {
            if (entry.value() instanceof YamlScalar scalar) {
                values.put(entry.key(), FormValue.scalar(text(scalar)));
            } else if (entry.value() instanceof YamlList list && list.items().stream().allMatch(YamlScalar.class::isInstance)) {
                List<String> items = new ArrayList<>();
                for (YamlNode item : list.items()) items.add(text((YamlScalar) item));
                values.put(entry.key(), FormValue.list(items));
            }
        }
        return Optional.of(values);
    }

    private static String text(YamlScalar scalar) {
        return scalar.value() == null ? "" : String.valueOf(scalar.value());
    }

    /** The line in the front matter (1 for its first) of each top-level key, for the problems of the form. */
    static Map<Integer, String> keyLines(String yaml) {
        Map<Integer, String> lines = new LinkedHashMap<>();
        if (yaml == null) return lines;
        String[] split = yaml.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            int colon = split[i].indexOf(':');
            if (colon > 0 && !Character.isWhitespace(split[i].charAt(0)) && !split[i].startsWith("#") && !split[i].startsWith("-")) {
                lines.put(i + 1, split[i].substring(0, colon).strip());
            }
        }
        return lines;
    }
}
