package dev.handbook.serve.edit;

import dev.handbook.check.Bundle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words of the editor's panel, in the handbook's language, for its script (keys {@code edit.ui.*}). */
final class EditorLabels {
    static final List<String> KEYS = List.of("edit", "close", "save", "saving", "saved", "new-page", "form", "body",
            "problems", "no-problems", "checking", "required", "heading", "list", "link", "link-choose", "insert",
            "cancel", "create", "type", "plain-page", "title", "chapter", "chapter-auto", "conflict-title",
            "conflict-text", "conflict-disk", "conflict-mine", "conflict-keep-mine", "conflict-take-disk", "image-alt",
            "image-alt-required", "image-drop", "unknown-value", "raw", "unsaved", "line", "toolbar", "editor-label",
            "field-problem", "save-failed", "choose", "default", "raw-open", "raw-asked", "form-open");

    private EditorLabels() {}

    static Map<String, String> of(Bundle messages) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : KEYS) labels.put(key, messages.text("edit.ui." + key));
        return labels;
    }
}
