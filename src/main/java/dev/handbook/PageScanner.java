package dev.handbook;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.CacheKey;
import dev.handbook.cache.Hasher;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.PageFacts;
import dev.handbook.markdown.PageFactsCodec;
import dev.handbook.markdown.ParsedPage;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.model.Page;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the facts of each page body: from the build cache when the page's text is unchanged (no parse
 * at all), else by parsing it. A tree parsed here is lent to the render that follows, once: it is held
 * softly, so that a large handbook does not keep thousands of trees in memory (the collector frees them
 * and the page is parsed again when it is rendered).
 */
final class PageScanner {
    private final MarkdownEngine markdown;
    private final BuildCache cache;
    private final CacheKey parser;
    private final Map<Page, SoftReference<ParsedPage>> parsed = new ConcurrentHashMap<>();

    /** @param parser the key of what a parse depends on besides the text (tool and language); null without a cache */
    PageScanner(MarkdownEngine markdown, BuildCache cache, CacheKey parser) {
        this.markdown = markdown;
        this.cache = parser == null ? BuildCache.NONE : cache;
        this.parser = parser;
    }

    static CacheKey parserKey(CacheKey tool, String language) {
        return tool == null ? null : Hasher.of("parser").add(tool).add(language).key();
    }

    /** @param text the key of the page's place and text ({@link dev.handbook.cache.PageKeys#textKey}) */
    ScannedPage scan(Page page, CacheKey text) {
        CacheKey key = parser == null ? null : Hasher.of("facts").add(parser).add(text).add(page.bodyLine()).key();
        byte[] cached = key == null ? null : cache.get(key);
        if (cached != null) return new ScannedPage(page, PageFactsCodec.decode(cached));
        ParsedPage tree = markdown.parse(page);
        PageFacts facts = markdown.facts(tree);
        if (key != null) cache.put(key, PageFactsCodec.encode(facts));
        parsed.put(page, new SoftReference<>(tree));
        return new ScannedPage(page, facts);
    }

    /** The page's tree, fresh for one render: the one parsed while scanning if it is still there, else a new one. */
    ParsedPage tree(Page page) {
        SoftReference<ParsedPage> lent = parsed.remove(page);
        ParsedPage tree = lent == null ? null : lent.get();
        return tree != null ? tree : markdown.parse(page);
    }
}
