package dev.handbook.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations every page of a handbook knows, from the file {@code handbook.yml} names under
 * {@code abbreviations:} (lines {@code *[BBP]: Bruto binnenlands product}, as Python-Markdown and PHP
 * Markdown Extra write them on a page). A page's own definitions win over these.
 *
 * @param file the file as {@code handbook.yml} names it, relative to the content folder, or null for none
 * @param definitions expansion by abbreviation, in the order of the file; the first of two wins, as on a page
 */
public record Abbreviations(String file, Map<String, String> definitions) {
    /** A definition line; the same form flexmark's abbreviation extension reads on a page. */
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\*\\[\\s*(.*?)\\s*\\]:[ \\t]*(.*?)\\s*$");
    public static final Abbreviations NONE = new Abbreviations(null, Map.of());

    public Abbreviations {
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    }

    /** The definitions in {@code text}; other lines (a title, notes, blank lines) are left alone. */
    public static Abbreviations parse(String file, String text) {
        Map<String, String> definitions = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            Matcher m = DEFINITION.matcher(line);
            if (m.matches() && !m.group(1).isEmpty() && !m.group(2).isEmpty()) definitions.putIfAbsent(m.group(1), m.group(2));
        }
        return new Abbreviations(file, definitions);
    }
}
