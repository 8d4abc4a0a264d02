package dev.handbook.render;

import dev.handbook.model.Page;
import dev.handbook.render.print.PrintPage;
import dev.handbook.search.PageSearch;
import dev.handbook.search.SearchParts;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What the page pass makes of a page besides its file: its part of the print page and its part of
 * the search index. Each is taken from the build cache when it is there; what is missing is made from
 * one jsoup parse of the body (the search documents are read from the tree first, then the print part
 * rewrites it), and the body's HTML is not asked for at all when nothing is missing.
 */
final class PageParts {
    /** The two parts of one page. */
    record Made(byte[] print, PageSearch search) {}

    private final RenderCache cache;
    private final PrintPage print;
    private final SearchParts search;

    PageParts(RenderCache cache, PrintPage print, SearchParts search) {
        this.cache = cache;
        this.print = print;
        this.search = search;
    }

    Made of(Page page, Supplier<String> html) {
        byte[] printPart = cache.find(RenderCache.Part.PRINT, page);
        byte[] searchFound = cache.find(RenderCache.Part.SEARCH, page);
        PageSearch searchPart = searchFound == null ? null : search.decode(searchFound);
        if (printPart != null && searchPart != null) return new Made(printPart, searchPart);
        Element body = Jsoup.parseBodyFragment(html.get()).body();
        if (searchPart == null) {
            byte[] encoded = search.encode(page, body); // only reads the tree: before the print part rewrites it
            cache.keep(RenderCache.Part.SEARCH, page, encoded);
            searchPart = search.decode(encoded);
        }
        if (printPart == null) {
            printPart = print.part(page, body);
            cache.keep(RenderCache.Part.PRINT, page, printPart);
        }
        return new Made(printPart, searchPart);
    }

    /** A page body's HTML, asked for once and only when needed: bodies are rendered when first asked for. */
    static final class Html implements Supplier<String> {
        private final Supplier<String> source;
        private String html;

        Html(Supplier<String> source) {
            this.source = source;
        }

        @Override
        public String get() {
            if (html == null) html = source.get();
            return html;
        }
    }
}
