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

    /** "1,5", as the site writes a number with one decimal. */
    String decimal(double number) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(bundle.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(number);
    }

    /** "2 juni 2025", as the site writes dates. */
    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", bundle.locale()));
    }
}
