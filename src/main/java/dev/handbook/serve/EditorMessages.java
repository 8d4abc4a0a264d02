package dev.handbook.serve;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sentences of the editors' commands ({@code serve} and {@code new}) and of the preview's
 * overlay, in the handbook's language. They live in their own bundle, apart from the problem
 * messages of {@code dev.handbook.check}, so that each part can grow without touching the other.
 */
public final class EditorMessages {
    private static final String BUNDLE = "dev.handbook.serve.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    /** @param language "nl" or "en"; any other language gets English */
    public EditorMessages(String language) {
        String supported = "nl".equals(language) ? "nl" : "en";
        this.locale = Locale.forLanguageTag(supported);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The sentence {@code key} with its arguments filled in. Numbers are formatted for the language
     * (so pass ports and years as strings: "8.000" is not a port).
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + " " + java.util.Arrays.toString(args);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
