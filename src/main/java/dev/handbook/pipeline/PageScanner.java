package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.CacheKey;
import dev.handbook.cache.Hasher;
import dev.handbook.cache.PageKeys;
import dev.handbook.cache.ResultKind;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.PageFacts;
import dev.handbook.markdown.PageFactsCodec;
import dev.handbook.markdown.ParsedPage;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.model.Page;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the facts of each page body: from the build cache when the page's text is unchanged (no parse
 * at all), else by parsing it. A run that keeps nothing ({@link #cold}) parses every page and hashes none. A tree parsed here is lent to the render that follows, once: it is held
 * softly, so that a large handbook does not keep thousands of trees in memory (the collector frees them
 * and the page is parsed again when it is rendered).
 */
final class PageScanner {
    private final MarkdownEngine markdown;
    private final boolean keeps;
    private final BuildCache cache;
    private final CacheKey parser;
    private final ScanCache scans;
    // these three are by source path, which names one page in a build: a page record's hash walks all its fields
    private final Map<String, SoftReference<ParsedPage>> parsed = new ConcurrentHashMap<>();
    private final Map<String, CacheKey> texts = new ConcurrentHashMap<>();
    private final Map<String, CacheKey> shapes = new ConcurrentHashMap<>();

    private PageScanner(MarkdownEngine markdown, boolean keeps, BuildCache cache, CacheKey parser, ScanCache scans) {
        this.markdown = markdown;
        this.keeps = keeps;
        this.cache = cache;
        this.parser = parser;
        this.scans = scans;
        this.scans.use(parser);
    }

    /**
     * A scanner that takes and keeps facts in {@code cache} and {@code scans}, keyed by the page's text
     * and what a parse depends on besides: {@code tool} and {@code dialect} (the handbook's language and how
     * it reads raw HTML).
     */
    static PageScanner keeping(MarkdownEngine markdown, BuildCache cache, CacheKey tool, String dialect, ScanCache scans) {
        return new PageScanner(markdown, true, cache, Hasher.of("parser").add(tool).add(dialect).key(), scans);
    }

    /** A scanner for a run that keeps nothing: it parses every page and makes no keys. */
    static PageScanner cold(MarkdownEngine markdown) {
        return new PageScanner(markdown, false, BuildCache.NONE, Reuse.NOTHING_KEPT, ScanCache.NONE);
    }

    /** Scans every page, in parallel, keeping them in the scan cache for the next run, and only them. */
    List<ScannedPage> scanAll(List<Page> pages) {
        List<ScannedPage> scanned = pages.parallelStream().map(this::scan).toList();
        scans.retain(pages);
        return scanned;
    }

    private ScannedPage scan(Page page) {
        if (!keeps) return parse(page, null);
        ScanCache.Scan known = scans.find(page);
        if (known != null) {
            texts.put(page.sourcePath(), known.text());
            shapes.put(page.sourcePath(), known.shape());
            return new ScannedPage(page, known.facts());
        }
        CacheKey text = PageKeys.textKey(page);
        texts.put(page.sourcePath(), text);
        CacheKey key = Hasher.of(ResultKind.FACTS.label()).add(parser).add(text).add(page.bodyLine()).key();
        byte[] cached = cache.get(key);
        ScannedPage scanned = cached != null ? new ScannedPage(page, PageFactsCodec.decode(cached)) : parse(page, key);
        CacheKey shape = StructureKey.shape(page, scanned.facts());
        shapes.put(page.sourcePath(), shape);
        scans.keep(page, new ScanCache.Scan(text, scanned.facts(), shape));
        return scanned;
    }

    private ScannedPage parse(Page page, CacheKey key) {
        ParsedPage tree = markdown.parse(page);
        PageFacts facts = markdown.facts(tree);
        if (key != null) cache.put(key, PageFactsCodec.encode(facts));
        parsed.put(page.sourcePath(), new SoftReference<>(tree));
        return new ScannedPage(page, facts);
    }

    /** The {@link PageKeys#textKey text key} of every page, by source path; none when the scanner is cold. */
    Map<String, CacheKey> textKeys() {
        return texts;
    }

    /** The {@link StructureKey#shape shape} of every page, by source path; none when the scanner is cold. */
    Map<String, CacheKey> shapes() {
        return shapes;
    }

    /** The page's tree, fresh for one render: the one parsed while scanning if it is still there, else a new one. */
    ParsedPage tree(Page page) {
        SoftReference<ParsedPage> lent = parsed.remove(page.sourcePath());
        ParsedPage tree = lent == null ? null : lent.get();
        return tree != null && (tree.page() == page || tree.page().equals(page)) ? tree : markdown.parse(page);
    }
}
