package dev.handbook.search;

import dev.handbook.config.EntryType;
import dev.handbook.entry.Entries;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.output.OutputFile;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The search index of one build, made in two steps: each page's part in the page pass, on all cores
 * and from the body the page pass has parsed anyway (documents cut out, analysed, and written as
 * their entries of the document parts), then {@link #files} once, which merges the parts. The parts
 * of one build share a dictionary of terms, so use one instance per build.
 */
public final class SearchParts {
    private final DocumentExtractor extractor;
    private final List<EntryType> types;
    private final String language;
    private final List<String> keepWords;
    /** The Snowball stemmers keep state, so each thread has its own analyzer. */
    private final ThreadLocal<Analyzer> analyzers;
    private final TermDictionary dictionary = new TermDictionary();

    public SearchParts(Handbook handbook, Entries entries) {
        this.extractor = new DocumentExtractor(handbook, entries);
        this.types = List.copyOf(handbook.config().types().values());
        this.language = Analyzer.of(handbook.config().language()).language();
        this.keepWords = handbook.config().search().keepWords();
        this.analyzers = ThreadLocal.withInitial(() -> Analyzer.of(language, keepWords));
    }

    /** The search part of {@code page} as bytes for the build cache, from its parsed body, which is only read. */
    public byte[] encode(Page page, Element body) {
        return SearchPartCodec.encode(extractor.documents(page, body), analyzers.get(), types);
    }

    /** A page's search part from its bytes; null when they are of another layout (a cache of an older tool). */
    public PageSearch decode(byte[] encoded) {
        return SearchPartCodec.decode(encoded, dictionary);
    }

    /** The index files, from every page's part in reading order; paths from the site root, in a fixed order. */
    public List<OutputFile> files(List<PageSearch> pages) {
        List<IndexedDocument> documents = pages.stream().flatMap(p -> p.documents().stream()).toList();
        Postings postings = new IndexBuilder(language, Scoring.DEFAULT).assemble(documents, dictionary);
        return new IndexWriter(types, keepWords).files(language, extractor.chapters(), documents, postings);
    }
}
