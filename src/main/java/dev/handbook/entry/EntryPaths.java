package dev.handbook.entry;

import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.config.FieldType;
import dev.handbook.text.Slugs;

/** Where the generated pages about entries live, from the site root. */
public final class EntryPaths {
    private EntryPaths() {}

    /** The overview of a type, named by its plural label: "tips.html". */
    public static String overview(EntryType type) {
        return Slugs.slug(type.plural()) + ".html";
    }

    /** The page listing what carries a field value: "thema/bewoners-in-beeld.html". */
    public static String fieldValue(String field, String value) {
        return field + "/" + Slugs.slug(value) + ".html";
    }

    /** Whether a field's values get pages of their own (choices and years; free text does not). */
    public static boolean hasValuePages(FieldSpec spec) {
        return spec.type() == FieldType.CHOICE || spec.type() == FieldType.YEAR;
    }
}
