package dev.handbook.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A mapping with string keys, in the order the editor wrote them. */
public record YamlMap(Map<String, Entry> entries, Pos pos) implements YamlNode {
    public record Entry(String key, Pos keyPos, YamlNode value) {}

    public YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static YamlMap empty() {
        return new YamlMap(Map.of(), Pos.NONE);
    }

    public Optional<YamlNode> get(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.ofNullable(e.value());
    }

    @Override
    public String kind() {
        return "map";
    }
}
