package dev.handbook.render;

import dev.handbook.config.EntryType;
import dev.handbook.config.Rgb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;

/**
 * The style sheet {@code assets/entry-types.css}: per entry type the colour, tint and icon its boxes,
 * listing items and search badges take, in light and in dark mode. handbook.css draws them from the
 * custom properties set here, so a type's look is one place in {@code handbook.yml}. Icons are data
 * addresses: a mask image from another file is a cross-origin request from file://, which Chromium refuses.
 */
final class EntryTypeStyles {
    static final String PATH = "assets/entry-types.css";
    /** The dark theme's page background (handbook.css), for the dark tints. */
    static final Rgb DARK_BACKGROUND = Rgb.parse("#14181f");

    private EntryTypeStyles() {}

    static String css(Collection<EntryType> types, Theme theme) {
        StringBuilder out = new StringBuilder("/* Made by the build from the types in handbook.yml: colour and icon per type. */\n");
        for (EntryType type : types) {
            out.append(selector(type.key(), "")).append(" {\n");
            colors(out, type.color(), Rgb.WHITE.mix(type.color(), 0.07));
            theme.icon(type.icon()).ifPresent(icon -> out.append("  --handbook-entry-type-icon: url(\"data:image/svg+xml;base64,")
                    .append(Base64.getEncoder().encodeToString(read(icon))).append("\");\n"));
            out.append("}\n");
        }
        // dark twice: for the reader's system setting unless the toggle chose light, and for the toggle
        out.append("@media (prefers-color-scheme: dark) {\n");
        dark(out, types, ":root:not([data-handbook-theme=light]) ");
        out.append("}\n");
        dark(out, types, ":root[data-handbook-theme=dark] ");
        return out.toString();
    }

    /** Lighter colours on a dark tint: the light-mode colour half mixed with white keeps 4.5:1 and more. */
    private static void dark(StringBuilder out, Collection<EntryType> types, String scope) {
        for (EntryType type : types) {
            out.append(selector(type.key(), scope)).append(" {\n");
            colors(out, type.color().mix(Rgb.WHITE, 0.5), DARK_BACKGROUND.mix(type.color(), 0.16));
            out.append("}\n");
        }
    }

    private static void colors(StringBuilder out, Rgb color, Rgb background) {
        out.append("  --handbook-entry-type-color: ").append(color.hex()).append(";\n")
                .append("  --handbook-entry-type-background-color: ").append(background.hex()).append(";\n");
    }

    private static String selector(String key, String scope) {
        return String.join(", ", scope + ".handbook-entry--" + key, scope + ".handbook-entry-header--" + key,
                scope + ".handbook-listing__item--" + key, scope + ".handbook-result__badge--" + key);
    }

    private static byte[] read(Path icon) {
        try {
            return Files.readAllBytes(icon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
