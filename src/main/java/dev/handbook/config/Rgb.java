package dev.handbook.config;

import java.util.Locale;

/**
 * A colour as {@code #rrggbb}, with the WCAG 2.1 contrast ratio and mixing, so that the colours a
 * handbook sets for its entry types can be checked and given a tint and a dark-mode variant.
 */
public record Rgb(int red, int green, int blue) {
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    /** A colour written {@code #rrggbb} or {@code #rgb}, or null when the text is neither. */
    public static Rgb parse(String text) {
        if (text == null) return null;
        String hex = text.strip();
        if (hex.matches("#[0-9a-fA-F]{3}")) {
            hex = "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3);
        }
        if (!hex.matches("#[0-9a-fA-F]{6}")) return null;
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** This colour with {@code share} (0 to 1) of {@code other} mixed in. */
    public Rgb mix(Rgb other, double share) {
        return new Rgb(channel(red, other.red, share), channel(green, other.green, share), channel(blue, other.blue, share));
    }

    private static int channel(int a, int b, double share) {
        return (int) Math.round(a + (b - a) * share);
    }

    /** WCAG 2.1 relative luminance. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2.1 contrast ratio with another colour, from 1 to 21. */
    public double contrast(Rgb other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
}
