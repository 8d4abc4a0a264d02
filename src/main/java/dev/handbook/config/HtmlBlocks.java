package dev.handbook.config;

import java.util.List;

/** How blocks of raw HTML in Markdown are read ({@code html-blocks} in {@code handbook.yml}). */
public enum HtmlBlocks {
    /** CommonMark's rule: a block of HTML ends at the first blank line. */
    COMMONMARK,
    /**
     * Python-Markdown's (MkDocs'): a block-level element runs to its closing tag, blank lines and indented
     * lines included, and {@code markdown="1"} makes its content Markdown.
     */
    PYTHON;

    /** The words {@code handbook.yml} takes, in order. */
    public static List<String> keywords() {
        return List.of("commonmark", "python");
    }

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
