package dev.handbook.search;

import dev.handbook.cache.Memo;
import dev.handbook.entry.Entries;
import dev.handbook.markdown.RenderedPage;
import dev.handbook.model.Handbook;
import dev.handbook.output.OutputFile;
import java.util.List;

/**
 * The handbook's full-text search index, as script files under {@code search/} that search.js
 * loads on demand (see {@link IndexWriter} for their layout). One call does it all:
 * extract documents from the rendered pages, analyze and score them, write the parts.
 */
public final class SearchIndex {
    private SearchIndex() {}

    /** The index files of a handbook, paths from the site root, in a fixed order. */
    public static List<OutputFile> files(Handbook handbook, Entries entries, List<RenderedPage> bodies) {
        return files(handbook, entries, bodies, Memo.NONE);
    }

    /** As {@link #files(Handbook, Entries, List)}, each page's documents made once per content. */
    public static List<OutputFile> files(Handbook handbook, Entries entries, List<RenderedPage> bodies, Memo memo) {
        Corpus corpus = new DocumentExtractor(handbook, entries).extract(bodies, memo);
        InvertedIndex index = new IndexBuilder(handbook.config().language(), Scoring.DEFAULT).build(corpus);
        return new IndexWriter(List.copyOf(handbook.config().types().values())).files(index);
    }

    /** The index itself, for tests and the size report. */
    public static InvertedIndex build(Handbook handbook, Entries entries, List<RenderedPage> bodies) {
        Corpus corpus = new DocumentExtractor(handbook, entries).extract(bodies);
        return new IndexBuilder(handbook.config().language(), Scoring.DEFAULT).build(corpus);
    }
}
