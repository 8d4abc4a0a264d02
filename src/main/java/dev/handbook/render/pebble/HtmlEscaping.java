package dev.handbook.render.pebble;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's {@code html} escaping, character for character as its own (unbescape's
 * {@code escapeHtml4Xml}: the five characters that mean something in markup, {@code '} as
 * {@code &#39;}), without building unbescape's tables of every HTML entity, which the first page of
 * every build waited for.
 */
public final class HtmlEscaping implements EscapingStrategy {
    @Override
    public String escape(String input) {
        int first = 0;
        while (first < input.length() && !special(input.charAt(first))) first++;
        if (first == input.length()) return input;
        StringBuilder out = new StringBuilder(input.length() + 16).append(input, 0, first);
        for (int i = first; i < input.length(); i++) {
            char c = input.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
