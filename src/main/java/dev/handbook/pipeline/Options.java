package dev.handbook.pipeline;

/**
 * How to build or check a handbook.
 *
 * @param drafts include pages with {@code status: draft}
 * @param strict treat warnings as errors
 * @param pdf also make the PDF of the print page
 * @param publishedOnly leave out pages in review as well as drafts (a release)
 */
public record Options(boolean drafts, boolean strict, boolean pdf, boolean publishedOnly) {
    public static final Options DEFAULT = new Options(false, false, false);

    public Options(boolean drafts, boolean strict, boolean pdf) {
        this(drafts, strict, pdf, false);
    }

    /** What a release is made with: published pages only, and warnings count as errors. */
    public static Options release() {
        return new Options(false, true, false, true);
    }

    public Options withPdf() {
        return new Options(drafts, strict, true, publishedOnly);
    }
}
