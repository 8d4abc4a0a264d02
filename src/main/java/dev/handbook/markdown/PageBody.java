package dev.handbook.markdown;

import dev.handbook.model.Page;
import java.util.List;
import java.util.function.Supplier;

/**
 * A page whose body can be rendered to HTML. The body is made when asked for and not kept, so that a
 * build holds one body per thread rather than the bodies of every page, and a build that finds all of a
 * page's results in its cache never renders it.
 */
public final class PageBody {
    private final Page page;
    private final List<HeadingRef> headings;
    private final Supplier<String> html;

    /** @param html makes the body; called once for each call of {@link #html()} */
    public PageBody(Page page, List<HeadingRef> headings, Supplier<String> html) {
        this.page = page;
        this.headings = List.copyOf(headings);
        this.html = html;
    }

    /** A page whose body is already made. */
    public static PageBody of(Page page, String html, List<HeadingRef> headings) {
        return new PageBody(page, headings, () -> html);
    }

    public Page page() {
        return page;
    }

    /** The body; costs a render (or a cache lookup) each time, so callers ask once and pass it on. */
    public String html() {
        return html.get();
    }

    public List<HeadingRef> headings() {
        return headings;
    }
}
