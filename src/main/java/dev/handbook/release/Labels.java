package dev.handbook.release;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The strings of the pages a release adds, in the handbook's language. */
final class Labels {
    private final ResourceBundle bundle;
    private final Locale locale;

    Labels(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle("dev.handbook.release.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** "2 juni 2025", as the site writes dates. */
    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }
}
