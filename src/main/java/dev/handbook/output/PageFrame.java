package dev.handbook.output;

/** Makes a page in the site's own frame around content made elsewhere (a versions page, a changes page). */
@FunctionalInterface
public interface PageFrame {
    /** @param html the page's content, already safe HTML */
    OutputFile page(String path, String title, String summary, String html);
}
