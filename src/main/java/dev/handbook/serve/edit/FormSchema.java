package dev.handbook.serve.edit;

import dev.handbook.check.Bundle;
import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front-matter form as {@code handbook.yml} makes it, for the editor's script: the core keys every
 * page may have, the entry types with the fields each requires, and every declared field with its kind
 * of input (text, number, year, date, or a choice of labelled values, one or many). Labels are the
 * handbook's own, or the editor's bundle's for the core keys.
 */
final class FormSchema {
    static final List<String> STATUSES = List.of("published", "review", "draft");

    private FormSchema() {}

    static Map<String, Object> of(HandbookConfig config, Bundle messages) {
        Map<String, Object> schema = new LinkedHashMap<>();
        List<Object> core = new ArrayList<>();
        core.add(field("title", messages.text("edit.key.title"), "text", false, true, List.of()));
        core.add(field("summary", messages.text("edit.key.summary"), "text", false, false, List.of()));
        core.add(field("updated", messages.text("edit.key.updated"), "date", false, false, List.of()));
        List<Object> statuses = new ArrayList<>();
        for (String status : STATUSES) statuses.add(choice(status, messages.text("edit.status." + status)));
        core.add(field("status", messages.text("edit.key.status"), "choice", false, false, statuses));
        schema.put("core", core);
        List<Object> types = new ArrayList<>();
        for (EntryType type : config.types().values()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("key", type.key());
            t.put("label", type.label());
            t.put("required", type.required());
            types.add(t);
        }
        schema.put("types", types);
        List<Object> fields = new ArrayList<>();
        for (FieldSpec spec : config.fields().values()) {
            List<Object> choices = new ArrayList<>();
            spec.values().forEach((value, label) -> choices.add(choice(value, label)));
            fields.add(field(spec.key(), spec.label(), spec.type().keyword(), spec.multiple(), false, choices));
        }
        schema.put("fields", fields);
        return schema;
    }

    private static Map<String, Object> field(String key, String label, String kind, boolean multiple, boolean required,
            List<Object> choices) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("key", key);
        field.put("label", label);
        field.put("kind", kind);
        field.put("multiple", multiple);
        field.put("required", required);
        field.put("choices", choices);
        return field;
    }

    private static Map<String, Object> choice(String value, String label) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("value", value);
        choice.put("label", label);
        return choice;
    }

    /** The keys a page of {@code type} (null: a plain page) must have: title, and the fields its type requires. */
    static java.util.Set<String> required(HandbookConfig config, String type) {
        java.util.Set<String> keys = new java.util.TreeSet<>(List.of("title"));
        if (type != null) config.type(type).ifPresent(t -> keys.addAll(t.required()));
        return keys;
    }
}
