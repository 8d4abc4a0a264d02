package dev.handbook.check;

import java.util.List;
import java.util.Locale;

/**
 * The languages the tool speaks to editors in, and the one rule for any other language. Problems,
 * the preview, new pages, releases and the command line all fall back the same way, so that no
 * handbook gets its problems in one language and its preview in another.
 */
public final class Language {
    /**
     * Dutch: what {@code handbook.yml} means when it names no language or one the tool does not
     * speak, as the handbook was made for Dutch policy staff first.
     */
    public static final String DEFAULT = "nl";

    /** The languages that have every bundle; the first is {@link #DEFAULT}. */
    public static final List<String> SUPPORTED = List.of(DEFAULT, "en");

    private Language() {}

    /**
     * {@code language} when it is supported, else {@link #DEFAULT}. Only the exact names count
     * ("EN" and "en-GB" get the default too), as {@code handbook.yml} accepts nothing else either.
     */
    public static String supported(String language) {
        return language != null && SUPPORTED.contains(language) ? language : DEFAULT;
    }

    /** The locale numbers, dates and case are written in for {@code language}, after the fallback. */
    public static Locale locale(String language) {
        return Locale.forLanguageTag(supported(language));
    }
}
