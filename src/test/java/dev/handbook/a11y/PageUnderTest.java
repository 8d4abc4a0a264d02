package dev.handbook.a11y;

/**
 * One page the accessibility suite opens: a name for the report, its path in the site (with a query or
 * hash when the page needs one to show its content), and, for pages that fill themselves in by script,
 * a CSS selector that is present once they have.
 */
record PageUnderTest(String name, String target, String ready) {
    PageUnderTest(String name, String target) {
        this(name, target, "");
    }

    /** The file the page is read from, without query or hash. */
    String file() {
        int cut = target.replaceAll("[?#].*$", "").length();
        return target.substring(0, cut);
    }
}
