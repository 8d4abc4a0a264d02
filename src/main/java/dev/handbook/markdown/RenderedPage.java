package dev.handbook.markdown;

import dev.handbook.model.Page;
import java.util.List;

/** A page body rendered to HTML, with its headings. */
public record RenderedPage(Page page, String html, List<HeadingRef> headings) {
    public RenderedPage {
        headings = List.copyOf(headings);
    }
}
