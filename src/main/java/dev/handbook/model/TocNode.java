package dev.handbook.model;

/** A place in the handbook's table of contents: a section (with pages under it) or a single page. */
public sealed interface TocNode permits Section, Page {
    /** The page that stands for this node: the page itself, or a section's index page. */
    Page page();

    default String title() {
        return page().title();
    }

    default String outputPath() {
        return page().outputPath();
    }
}
