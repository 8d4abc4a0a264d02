package dev.handbook.check;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sentences of one resource bundle in one of the {@link Language#SUPPORTED} languages, filled
 * in by {@link MessageFormat}: the one formatter of the problems ({@link Messages}), the editors'
 * commands ({@link #editor}) and the pages a release adds.
 */
public final class Bundle {
    /**
     * The sentences of {@code serve} and {@code new} and of the preview's overlay and pages; a bundle
     * apart from the problem messages, as both have keys of the same name ({@code hint}) that say
     * different things.
     */
    public static final String EDITOR = "dev.handbook.check.editor";

    private final ResourceBundle bundle;
    private final Locale locale;

    /** @param language any language; one that is not supported gets {@link Language#DEFAULT} */
    public Bundle(String baseName, String language) {
        this.locale = Language.locale(language);
        // without a fallback control the JVM's own locale could choose the language
        this.bundle = ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Bundle editor(String language) {
        return new Bundle(EDITOR, language);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The unformatted sentence, for a caller that looks at its arguments first. */
    String pattern(String key) {
        return bundle.getString(key);
    }

    /**
     * The sentence {@code key} with its arguments filled in; a missing key shows itself with its
     * arguments rather than hiding what was to be said. Numbers are formatted for the language
     * (so pass ports and years as strings: "8.000" is not a port).
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + " " + Arrays.toString(args);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
