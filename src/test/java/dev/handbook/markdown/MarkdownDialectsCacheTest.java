package dev.handbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.SiteRequest;
import dev.handbook.cache.BuildCache;
import dev.handbook.cache.DiskCache;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.pipeline.Reuse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts of pages in the dialects come from the build cache as they were made: admonitions keep their
 * form (an entry from {@code !!! example} stays one, a {@code ???} stays collapsible), and a theme that
 * allows other classes makes the pages' facts again.
 */
class MarkdownDialectsCacheTest {
    @TempDir
    Path dir;

    private Outcome build(Path source, String out, BuildCache cache) throws java.io.IOException {
        return Handbooks.build(SiteRequest.of(source, dir.resolve(out), Options.DEFAULT).withReuse(Reuse.cache(cache)));
    }

    @Test
    void aRebuildFromTheCacheGivesTheBytesOfAColdOne() throws Exception {
        Path source = Fixtures.copy("dialects", dir);
        Path cacheFolder = dir.resolve("cache");
        assertThat(build(source, "first", new DiskCache(cacheFolder)).written()).isTrue();
        Files.writeString(source.resolve("02-docusaurus/index.md"), "\nEen zin erbij.\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        DiskCache cache = new DiskCache(cacheFolder);
        Outcome cached = build(source, "cached", cache);
        Outcome cold = build(source, "cold", BuildCache.NONE);
        assertThat(cache.stats().hits()).isPositive();
        assertThat(cached.problems()).isEqualTo(cold.problems());
        for (String file : Fixtures.files(dir.resolve("cold"))) {
            assertThat(Files.readAllBytes(dir.resolve("cached").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("cold").resolve(file)));
        }
        assertThat(Fixtures.page(dir.resolve("cached"), "casussen.html").select(".handbook-listing__title").eachText())
                .containsExactly("Casus Drenthe", "Casus Zeeland");
    }

    @Test
    void aThemeThatAllowsAClassMakesThePagesFactsAgain() throws Exception {
        Path source = Fixtures.write(dir.resolve("boek"), java.util.Map.of(
                "handbook.yml", "title: Klassen\nlanguage: nl\ntheme: thema\n",
                "thema/theme.yml", "classes: []\n",
                "index.md", "---\ntitle: Start\n---\nGroot {.groot}\n"));
        Path cacheFolder = dir.resolve("cache");
        assertThat(build(source, "first", new DiskCache(cacheFolder)).problems()).extracting(Problem::code)
                .containsExactly("attributes.dropped");
        Files.writeString(source.resolve("thema/theme.yml"), "classes: [groot]\n");
        Outcome again = build(source, "again", new DiskCache(cacheFolder));
        assertThat(again.problems()).isEmpty();
        assertThat(Fixtures.page(dir.resolve("again"), "index.html").select("p.groot").text()).isEqualTo("Groot");
    }
}
