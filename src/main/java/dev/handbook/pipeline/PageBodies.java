package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.CacheKey;
import dev.handbook.cache.PageKeys;
import dev.handbook.cache.ResultKind;
import dev.handbook.entry.FenceRenderings;
import dev.handbook.markdown.LinkTargets;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedPage;
import dev.handbook.model.Page;
import dev.handbook.render.BodyMarkup;
import java.nio.charset.StandardCharsets;

/** Renders page bodies on demand, each from the cache when everything it was made from is unchanged. */
record PageBodies(PageScanner scanner, MarkdownEngine markdown, FenceRenderings fences, LinkTargets targets,
        BodyMarkup marks, BuildCache cache, PageKeys keys) {
    String html(Page page) {
        CacheKey key = keys.of(ResultKind.BODY, page);
        byte[] found = cache.get(key);
        if (found != null) return new String(found, StandardCharsets.UTF_8);
        ParsedPage tree = scanner.tree(page);
        fences.apply(page, tree.document());
        String html = marks.apply(page, markdown.render(tree, targets));
        cache.put(key, html.getBytes(StandardCharsets.UTF_8));
        return html;
    }
}
