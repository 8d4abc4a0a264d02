package dev.handbook.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A CSL style and the locale its terms come from: the handbook's own {@code csl:} file, or the APA style
 * (7th edition) that ships with the tool, in Dutch ({@code nl-NL}) or English ({@code en-US}) as the
 * handbook's language says. Only these two locales ship; the CSL repositories' full sets are 14 MB.
 *
 * @param xml the style as text
 * @param locale the locale the style formats in, such as {@code nl-NL}
 */
record CitationStyle(String xml, String locale) {
    static final String BUILT_IN = "apa.csl";

    /** The built-in APA style in the locale of {@code language}. */
    static CitationStyle apa(String language) {
        return new CitationStyle(resource(BUILT_IN), localeOf(language));
    }

    static String localeOf(String language) {
        return "en".equals(language) ? "en-US" : "nl-NL";
    }

    /** The terms of a locale the tool ships; any other falls back to English, as CSL's own fallback is. */
    String terms(String name) {
        String file = "locales-" + ("nl-NL".equals(name) || name.startsWith("nl") ? "nl-NL" : "en-US") + ".xml";
        return resource(file);
    }

    private static String resource(String name) {
        try (InputStream in = CitationStyle.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
