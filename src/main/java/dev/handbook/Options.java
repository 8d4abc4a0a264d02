package dev.handbook;

/**
 * How to build or check a handbook.
 *
 * @param drafts include pages with {@code status: draft}
 * @param strict treat warnings as errors
 * @param pdf also make the PDF of the print page
 */
public record Options(boolean drafts, boolean strict, boolean pdf) {
    public static final Options DEFAULT = new Options(false, false, false);

    public Options withPdf() {
        return new Options(drafts, strict, true);
    }
}
