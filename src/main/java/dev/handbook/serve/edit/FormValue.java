package dev.handbook.serve.edit;

import java.util.List;

/**
 * The value of one front-matter key as the form shows and sends it: a scalar as text, or a list of
 * texts (a field with {@code multiple}, {@code related}, {@code aliases}). Empty means "not given".
 *
 * @param items the values of a list, or null for a scalar
 */
record FormValue(String text, List<String> items) {
    FormValue {
        text = text == null ? "" : text;
        items = items == null ? null : List.copyOf(items);
    }

    static FormValue scalar(String text) {
        return new FormValue(text, null);
    }

    static FormValue list(List<String> items) {
        return new FormValue("", items);
    }

    boolean isList() {
        return items != null;
    }

    boolean isEmpty() {
        return isList() ? items.isEmpty() : text.isBlank();
    }
}
