package dev.handbook.render;

import dev.handbook.pipeline.CachedRenders;
import dev.handbook.pipeline.StructureCache;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Built;
import dev.handbook.pipeline.Options;
import dev.handbook.cache.Hasher;
import dev.handbook.cache.MemoryCache;
import dev.handbook.cache.PageKeys;
import dev.handbook.markdown.PageBody;
import dev.handbook.render.print.PrintPage;
import dev.handbook.search.SearchParts;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's print and search parts: made from one parse of its body, and without its body when both are cached. */
class PagePartsTest {
    @TempDir
    Path dir;

    @Test
    void partsFoundInTheCacheNeedNotTheBody() {
        Built rendering = Fixtures.built(Fixtures.copy("entries", dir));
        PrintPage print = new PrintPage(rendering.handbook(), rendering.entries(),
                rendering.bodies().stream().map(PageBody::page).toList());
        MemoryCache cache = new MemoryCache();
        RenderCache renders = new CachedRenders(cache, new PageKeys(Hasher.of("test structure").key(), Map.of()),
                StructureCache.NONE);
        PageParts parts = new PageParts(renders, print, new SearchParts(rendering.handbook(), rendering.entries()));
        PageBody body = rendering.bodies().stream().filter(b -> b.html().contains("handbook-entry")).findFirst().orElseThrow();

        AtomicInteger asked = new AtomicInteger();
        PageParts.Html html = new PageParts.Html(() -> {
            asked.incrementAndGet();
            return body.html();
        });
        PageParts.Made made = parts.of(body.page(), html);
        html.get(); // the page's own file asks too
        assertThat(asked).hasValue(1);
        // the print part is the rewrite of the same parse the search part was read from
        assertThat(made.print()).isEqualTo(print.part(body.page(), Jsoup.parseBodyFragment(body.html()).body()));
        assertThat(cache.stats().misses()).isEqualTo(2);

        PageParts.Made again = parts.of(body.page(), () -> {
            throw new AssertionError("the body was asked for although both parts are cached");
        });
        assertThat(again.print()).isEqualTo(made.print());
        assertThat(again.search()).isNotNull();
        assertThat(cache.stats().hits()).isEqualTo(2);
    }
}
