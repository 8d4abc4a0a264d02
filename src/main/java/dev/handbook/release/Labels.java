package dev.handbook.release;

import dev.handbook.check.Bundle;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The strings of the pages a release adds, in the handbook's language. */
final class Labels {
    private final Bundle bundle;

    Labels(String language) {
        this.bundle = new Bundle("dev.handbook.release.labels", language);
    }

    String get(String key, Object... args) {
        return bundle.text(key, args);
    }

    /** "2 juni 2025", as the site writes dates. */
    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", bundle.locale()));
    }
}
