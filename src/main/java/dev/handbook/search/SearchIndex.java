package dev.handbook.search;

import dev.handbook.entry.Entries;
import dev.handbook.markdown.PageBody;
import dev.handbook.model.Handbook;
import dev.handbook.output.OutputFile;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The handbook's full-text search index, as script files under {@code search/} that search.js
 * loads on demand (see {@link IndexWriter} for their layout). The site renderer makes it page by page
 * through {@link SearchParts}; this call does it all at once, for tests and reports.
 */
public final class SearchIndex {
    private SearchIndex() {}

    /** The index files of a handbook, paths from the site root, in a fixed order. */
    public static List<OutputFile> files(Handbook handbook, Entries entries, List<PageBody> bodies) {
        SearchParts parts = new SearchParts(handbook, entries);
        List<PageSearch> pages = bodies.parallelStream()
                .map(body -> parts.decode(parts.encode(body.page(), Jsoup.parseBodyFragment(body.html()).body())))
                .toList();
        return parts.files(pages);
    }
}
