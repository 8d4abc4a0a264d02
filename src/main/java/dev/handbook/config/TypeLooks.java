package dev.handbook.config;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The icon and colour an entry type gets when {@code handbook.yml} names none: by its key where the key
 * says what it is (a tip gets a light bulb), otherwise the first of a list that no type before it has,
 * so that no two of the first six (icons) or eight (colours) look alike. Every colour has at least 4.5:1 on white and on its own tint.
 */
public final class TypeLooks {
    /** The icons the default theme ships under {@code icons/}; a handbook's own {@code icons/} may add more. */
    public static final List<String> BUILTIN_ICONS = List.of("lightbulb", "graduation-cap", "wrench", "map-pin",
            "book", "star", "flag", "puzzle", "info", "chat");

    private static final Map<String, String> ICON_BY_KEY = Map.ofEntries(
            Map.entry("tip", "lightbulb"), Map.entry("les", "graduation-cap"), Map.entry("lesson", "graduation-cap"),
            Map.entry("truc", "wrench"), Map.entry("trick", "wrench"), Map.entry("casus", "map-pin"),
            Map.entry("case", "map-pin"), Map.entry("voorbeeld", "map-pin"), Map.entry("example", "map-pin"));
    private static final Map<String, String> COLOR_BY_KEY = Map.ofEntries(
            Map.entry("tip", "#0b6a60"), Map.entry("les", "#6a2c8e"), Map.entry("lesson", "#6a2c8e"),
            Map.entry("truc", "#a03c00"), Map.entry("trick", "#a03c00"), Map.entry("casus", "#1d4f91"),
            Map.entry("case", "#1d4f91"), Map.entry("voorbeeld", "#1d4f91"), Map.entry("example", "#1d4f91"));
    private static final List<String> ICONS = List.of("book", "star", "flag", "puzzle", "info", "chat");
    private static final List<String> COLORS = List.of("#1d4f91", "#6a2c8e", "#0b6a60", "#a03c00", "#8b1e5a",
            "#6b5200", "#2f5d1e", "#44546a");

    private TypeLooks() {}

    /** @param taken the icons of the types before it */
    public static String icon(String key, Collection<String> taken) {
        if (ICON_BY_KEY.containsKey(key)) return ICON_BY_KEY.get(key);
        return ICONS.stream().filter(i -> !taken.contains(i)).findFirst().orElse(ICONS.get(taken.size() % ICONS.size()));
    }

    /** @param taken the colours of the types before it */
    public static Rgb color(String key, Collection<Rgb> taken) {
        if (COLOR_BY_KEY.containsKey(key)) return Rgb.parse(COLOR_BY_KEY.get(key));
        return COLORS.stream().map(Rgb::parse).filter(c -> !taken.contains(c)).findFirst()
                .orElse(Rgb.parse(COLORS.get(taken.size() % COLORS.size())));
    }
}
