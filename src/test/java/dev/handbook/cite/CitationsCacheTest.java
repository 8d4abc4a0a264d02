package dev.handbook.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.SiteRequest;
import dev.handbook.cache.BuildCache;
import dev.handbook.cache.DiskCache;
import dev.handbook.markdown.PageFacts;
import dev.handbook.markdown.PageFactsCodec;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Reuse;
import dev.handbook.yaml.Pos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a page cites is kept in the build cache, and an edited bibliography turns old pages away. */
class CitationsCacheTest {
    @TempDir
    Path dir;

    @Test
    void thePagesCitationsSurviveTheCachesBytes() {
        PageFacts facts = new PageFacts(List.of(), Set.of(), "", List.of(), List.of(), List.of(),
                List.of(new PageFacts.CitationUse("cbs2024", new Pos(7, 12)), new PageFacts.CitationUse("pbl2023", new Pos(9, 1))));
        assertThat(PageFactsCodec.decode(PageFactsCodec.encode(facts))).isEqualTo(facts);
    }

    @Test
    void anEditedBibliographyIsShownByACachedBuildAsByAColdOne() throws Exception {
        Path source = Fixtures.copy("citations", dir);
        Path cacheFolder = dir.resolve("cache");
        assertThat(build(source, "first", new DiskCache(cacheFolder))).isTrue();
        Files.writeString(source.resolve("bronnen.bib"), Files.readString(source.resolve("bronnen.bib"))
                .replace("title = {Brede welvaart in de regio}", "title = {Brede welvaart in elke regio}"));
        assertThat(build(source, "cached", new DiskCache(cacheFolder))).isTrue();
        assertThat(build(source, "cold", BuildCache.NONE)).isTrue();
        String cached = Files.readString(dir.resolve("cached/welvaart/meten.html"));
        assertThat(cached).contains("Brede welvaart in elke regio").isEqualTo(Files.readString(dir.resolve("cold/welvaart/meten.html")));
        assertThat(Files.readString(dir.resolve("cached/print.html"))).isEqualTo(Files.readString(dir.resolve("cold/print.html")));
    }

    private boolean build(Path source, String out, BuildCache cache) throws Exception {
        return Handbooks.build(SiteRequest.of(source, dir.resolve(out), Options.DEFAULT).withReuse(Reuse.cache(cache))).written();
    }
}
