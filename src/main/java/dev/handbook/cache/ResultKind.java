package dev.handbook.cache;

/** The kinds of result a build keeps, per page or per file of the structure; each is keyed apart, by the name written into its key. */
public enum ResultKind {
    /** A page's front matter as read and checked (its bytes alone decide it, with the configuration). */
    READ("read"),
    /** What the rest of the build needs of a page's body (its text alone decides it). */
    FACTS("facts"),
    /** The body as HTML. */
    BODY("body"),
    /** The finished page file. */
    PAGE("page"),
    /** The page's part of the print page. */
    PRINT("print"),
    /** The page's documents for the search index. */
    SEARCH("search"),
    /** A file made from the structure of the handbook alone (an overview, a permalink page), or their list. */
    STRUCTURAL("structural");

    private final String label;

    ResultKind(String label) {
        this.label = label;
    }

    /** The name written into the key, so that two kinds never share one. */
    public String label() {
        return label;
    }
}
