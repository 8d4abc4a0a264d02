package dev.handbook.config;

import dev.handbook.text.Quotes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A field that pages and entries may carry. For a {@link FieldType#CHOICE} field, {@code values}
 * maps each allowed value to its label, in the declared order.
 */
public record FieldSpec(String key, String label, boolean multiple, FieldType type, Map<String, String> values) {
    public FieldSpec {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether the field's values get pages of their own (choices and years; free text does not). */
    public boolean hasValuePages() {
        return type == FieldType.CHOICE || type == FieldType.YEAR;
    }

    public String labelOf(String value) {
        String label = values.get(value);
        // labels and free text are prose, shown with the same quotes and dashes as bodies ("regio’s")
        if (label != null) return Quotes.curl(label);
        return type == FieldType.TEXT ? Quotes.curl(value) : value;
    }
}
