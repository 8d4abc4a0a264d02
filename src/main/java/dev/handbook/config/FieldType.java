package dev.handbook.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a field's values must look like. A field with {@code values} is a {@link #CHOICE}. */
public enum FieldType {
    CHOICE,
    TEXT,
    YEAR,
    NUMBER,
    DATE;

    /** The names an editor may write after {@code type:} in {@code handbook.yml}. */
    public static List<String> declarable() {
        return Arrays.stream(values()).filter(t -> t != CHOICE).map(FieldType::keyword).toList();
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
