package dev.handbook.config;

import java.util.List;

/**
 * A kind of entry declared in {@code handbook.yml}, such as a tip or a case.
 *
 * @param icon the name of the icon its boxes carry (an SVG under the theme's {@code icons/})
 * @param color the colour that tells its boxes apart from other types' (light mode; dark is derived)
 */
public record EntryType(String key, String label, String plural, List<String> required, String icon, Rgb color) {
    public EntryType {
        required = List.copyOf(required);
    }

    /** A type with the default look for its key and place among the types. */
    public EntryType(String key, String label, String plural, List<String> required) {
        this(key, label, plural, required, TypeLooks.icon(key, List.of()), TypeLooks.color(key, List.of()));
    }
}
