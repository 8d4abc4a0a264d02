package dev.handbook;

/**
 * How to build or check a handbook.
 *
 * @param drafts include pages with {@code status: draft}
 * @param strict treat warnings as errors
 */
public record Options(boolean drafts, boolean strict) {
    public static final Options DEFAULT = new Options(false, false);
}
