package dev.handbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How far a page is: only published pages go into a release, drafts only into a build with drafts. */
public enum Status {
    DRAFT,
    REVIEW,
    PUBLISHED;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keywords() {
        return Arrays.stream(values()).map(Status::keyword).toList();
    }
}
