package dev.handbook.yaml;

/**
 * A scalar as the editor typed it. {@code value} is a {@link String}, {@link Long}, {@link Boolean},
 * {@link java.time.LocalDate} or {@code null}; {@code text} is always the literal text.
 */
public record YamlScalar(Object value, String text, Pos pos) implements YamlNode {
    @Override
    public String kind() {
        if (value == null) return "empty";
        if (value instanceof Long) return "number";
        if (value instanceof Boolean) return "boolean";
        if (value instanceof java.time.LocalDate) return "date";
        return "text";
    }
}
