package dev.handbook.entry;

import dev.handbook.config.HandbookConfig;
import dev.handbook.model.Entry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All entries of a handbook in reading order, with the ways to look them up that pages need. */
public final class Entries {
    private final List<Entry> all;
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, Set<String>> related = new LinkedHashMap<>();
    private final Map<String, List<Entry>> byType = new LinkedHashMap<>();
    private final Map<String, Entry> standaloneByPage = new LinkedHashMap<>();
    private final Map<String, Entry> inlineByPlace = new HashMap<>();

    public Entries(List<Entry> all) {
        this.all = List.copyOf(all);
        for (Entry e : all) {
            byId.putIfAbsent(e.id(), e);
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
            if (e.standalone()) standaloneByPage.putIfAbsent(e.pagePath(), e);
            else inlineByPlace.putIfAbsent(place(e.pagePath(), e.line()), e);
        }
        for (Entry e : all) {
            for (String other : e.related()) {
                if (!byId.containsKey(other) || other.equals(e.id())) continue;
                related.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(other);
                related.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(e.id());
            }
        }
    }

    public List<Entry> all() {
        return all;
    }

    public Optional<Entry> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry that the page at {@code pagePath} is as a whole, if it is one. */
    public Optional<Entry> standaloneAt(String pagePath) {
        return Optional.ofNullable(standaloneByPage.get(pagePath));
    }

    /** The inline entry whose fence opens at {@code line} of the page at {@code pagePath}, if there is one. */
    public Optional<Entry> inlineAt(String pagePath, int line) {
        return Optional.ofNullable(inlineByPlace.get(place(pagePath, line)));
    }

    private static String place(String pagePath, int line) {
        return pagePath + ":" + line;
    }

    public List<Entry> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The entries to see also: those this one names and those that name it, in reading order. */
    public List<Entry> relatedTo(String id) {
        Set<String> ids = related.get(id);
        if (ids == null) return List.of();
        return all.stream().filter(e -> ids.contains(e.id())).toList();
    }

    /** Entries that carry a value of a field, by value in the field's declared order (choices) or sorted. */
    public Map<String, List<Entry>> byValue(HandbookConfig config, String field) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        var spec = config.fields().get(field);
        if (spec != null) spec.values().keySet().forEach(v -> out.put(v, new ArrayList<>()));
        List<String> extra = new ArrayList<>();
        for (Entry e : all) {
            for (String value : e.fields().getOrDefault(field, List.of())) {
                if (!out.containsKey(value)) extra.add(value);
                out.computeIfAbsent(value, v -> new ArrayList<>()).add(e);
            }
        }
        out.values().removeIf(List::isEmpty);
        if (!extra.isEmpty() && spec != null && spec.values().isEmpty()) {
            Map<String, List<Entry>> sorted = new java.util.TreeMap<>(Collections.reverseOrder());
            sorted.putAll(out);
            return new LinkedHashMap<>(sorted);
        }
        return out;
    }
}
