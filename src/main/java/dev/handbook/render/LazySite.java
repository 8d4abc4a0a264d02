package dev.handbook.render;

import dev.handbook.markdown.PageBody;
import dev.handbook.model.Page;
import dev.handbook.output.OutputFile;
import dev.handbook.output.PageFrame;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A site whose files are made when asked for (see {@link SiteRenderer#lazy}): each page on its own;
 * the other files, which need every page's parts, together and once. Safe to use from several threads.
 */
public final class LazySite {
    private final Map<String, PageBody> pages = new HashMap<>();
    private final Function<PageBody, OutputFile> page;
    private final Supplier<List<OutputFile>> rest;
    private final PageFrame frame;
    private volatile Map<String, OutputFile> made;

    LazySite(List<PageBody> bodies, Function<PageBody, OutputFile> page, Supplier<List<OutputFile>> rest, PageFrame frame) {
        for (PageBody body : bodies) pages.put(body.page().outputPath(), body);
        this.page = page;
        this.rest = rest;
        this.frame = frame;
    }

    /** Makes pages in the site's frame, for the pages the way out adds. */
    public PageFrame frame() {
        return frame;
    }

    /** The paths of the content pages, in no particular order. */
    public Set<String> pagePaths() {
        return pages.keySet();
    }

    /** The content pages, in no particular order: which source each page of the site is made from. */
    public List<Page> pages() {
        return pages.values().stream().map(PageBody::page).toList();
    }

    /** The source ("01-x/02-y.md") of the content page at {@code path}, or null when it is none. */
    public String sourceOf(String path) {
        PageBody body = pages.get(path);
        return body == null ? null : body.page().sourcePath();
    }

    /** The file at {@code path}, made now if it is a page, or null when the site has none there. */
    public OutputFile file(String path) {
        PageBody body = pages.get(path);
        if (body != null) return page.apply(body);
        return rest().get(path);
    }

    /** Every file besides the content pages, by path; made on the first call. */
    public Map<String, OutputFile> rest() {
        Map<String, OutputFile> files = made;
        if (files != null) return files;
        synchronized (this) {
            if (made == null) {
                Map<String, OutputFile> byPath = new HashMap<>();
                for (OutputFile file : rest.get()) byPath.put(file.path().replace('\\', '/'), file);
                made = byPath;
            }
            return made;
        }
    }
}
