package dev.handbook.scaffold;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.handbook.check.Bundle;
import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import dev.handbook.model.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema (draft-07, the version editors' tools read) of a page's front matter as this
 * handbook's {@code handbook.yml} declares it: the core keys, every field with its allowed values and
 * their labels, and per entry type the fields it requires. It says what the checker says, so that a
 * tool that completes or validates front matter offers what {@code check} will accept; the checker
 * stays the authority (it also checks links, ids and the body).
 */
public final class FrontMatterSchema {
    private final HandbookConfig config;
    private final Bundle text;

    public FrontMatterSchema(HandbookConfig config) {
        this.config = config;
        this.text = Bundle.editor(config.language());
    }

    /** The schema as pretty-printed JSON, the same bytes for the same {@code handbook.yml}. */
    public String json() {
        try {
            return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(stable(schema())) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code value} with every map in a fixed order: those built in order keep it, the others
     * ({@code Map.of}, whose order changes from one JVM to the next) are sorted by key.
     */
    private static Object stable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = map instanceof LinkedHashMap ? new LinkedHashMap<>() : new java.util.TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), stable(v)));
            return out;
        }
        if (value instanceof List<?> list) return list.stream().map(FrontMatterSchema::stable).toList();
        return value;
    }

    Map<String, Object> schema() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", text.text("schema.title", config.title()));
        root.put("description", text.text("schema.description"));
        root.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", described(Map.of("type", "string", "minLength", 1), "title"));
        properties.put("summary", described(Map.of("type", "string"), "summary"));
        if (!config.types().isEmpty()) {
            List<Object> types = new ArrayList<>();
            for (EntryType type : config.types().values()) types.add(option(type.key(), type.label()));
            properties.put("type", described(Map.of("oneOf", types), "type"));
        }
        properties.put("id", described(Map.of("type", "string", "pattern", "^[a-z0-9][a-z0-9-]*$"), "id"));
        properties.put("order", described(Map.of("type", "integer"), "order"));
        properties.put("updated", described(date(), "updated"));
        properties.put("status", described(Map.of("enum", Status.keywords(), "default", "published"), "status"));
        properties.put("related", described(textOrList(), "related"));
        properties.put("aliases", described(textOrList(), "aliases"));
        properties.put("value-of", described(Map.of("type", "string", "pattern", "^[^=]+=.+$"), "value-of"));
        properties.put("appendix", described(Map.of("type", "boolean"), "appendix"));
        for (FieldSpec field : config.fields().values()) {
            if (!properties.containsKey(field.key())) properties.put(field.key(), field(field));
        }
        root.put("properties", properties);
        root.put("required", List.of("title"));
        root.put("additionalProperties", false);
        List<Object> perType = new ArrayList<>();
        for (EntryType type : config.types().values()) {
            if (type.required().isEmpty()) continue;
            Map<String, Object> filled = new LinkedHashMap<>();
            // `new` writes required fields empty; the checker does not accept them so, nor does the schema
            for (String key : type.required()) filled.put(key, Map.of("not", Map.of("type", "null"), "minLength", 1, "minItems", 1));
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("if", Map.of("properties", Map.of("type", Map.of("const", type.key())), "required", List.of("type")));
            rule.put("then", Map.of("required", type.required(), "properties", filled));
            perType.add(rule);
        }
        if (!perType.isEmpty()) root.put("allOf", perType);
        return root;
    }

    private Map<String, Object> field(FieldSpec field) {
        Map<String, Object> one = switch (field.type()) {
            case CHOICE -> {
                List<Object> options = new ArrayList<>();
                field.values().forEach((value, label) -> options.add(option(value, label)));
                yield Map.of("oneOf", options);
            }
            case YEAR -> Map.of("type", "integer", "minimum", 1000, "maximum", 2999);
            case NUMBER -> Map.of("type", "integer");
            case DATE -> date();
            case TEXT -> Map.of("type", "string");
        };
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", field.label());
        if (field.multiple()) {
            // the checker takes one value or a list of them
            out.put("anyOf", List.of(one, Map.of("type", "array", "items", one, "uniqueItems", true)));
        } else {
            out.putAll(new java.util.TreeMap<>(one)); // sorted: Map.of has no fixed order
        }
        return out;
    }

    private Map<String, Object> described(Map<String, Object> schema, String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("description", text.text("schema.key." + key));
        out.putAll(new java.util.TreeMap<>(schema)); // sorted: Map.of has no fixed order
        return out;
    }

    private static Map<String, Object> option(String value, String label) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("const", value);
        out.put("title", label);
        return out;
    }

    private static Map<String, Object> date() {
        return Map.of("type", "string", "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    }

    private static Map<String, Object> textOrList() {
        return Map.of("anyOf", List.of(Map.of("type", "string"), Map.of("type", "array", "items", Map.of("type", "string"))));
    }
}
