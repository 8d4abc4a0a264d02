package dev.handbook;

import dev.handbook.pipeline.Build;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.pipeline.Reuse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.CacheKey;
import dev.handbook.cache.CacheStats;
import dev.handbook.cache.DiskCache;
import dev.handbook.cache.Hasher;
import dev.handbook.cache.MemoryCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that takes results from the cache must give the very bytes of a cold build of the same
 * sources, whatever changed in between; and whatever a page depends on besides its own text must
 * turn the cache's old results away.
 */
class CachedRebuildTest {
    @TempDir
    Path dir;

    private Path source;
    private Path cacheFolder;

    private void fill(String fixture) throws IOException {
        source = Fixtures.copy(fixture, dir);
        cacheFolder = dir.resolve("cache");
        assertThat(build("first", new DiskCache(cacheFolder)).written()).isTrue();
    }

    private Outcome build(String out, BuildCache cache) throws IOException {
        return Handbooks.build(SiteRequest.of(source, dir.resolve(out), Options.DEFAULT).withReuse(Reuse.cache(cache)));
    }

    /** Rebuilds with the filled cache and without any, and holds them to the same files and bytes. */
    private CacheStats rebuildEqualsColdBuild() throws IOException {
        DiskCache cache = new DiskCache(cacheFolder);
        assertThat(build("cached", cache).written()).isTrue();
        assertThat(build("cold", BuildCache.NONE).written()).isTrue();
        Path cached = dir.resolve("cached");
        Path cold = dir.resolve("cold");
        assertThat(Fixtures.files(cached)).isNotEmpty().isEqualTo(Fixtures.files(cold));
        for (String file : Fixtures.files(cold)) {
            assertThat(Files.readAllBytes(cached.resolve(file))).as(file).isEqualTo(Files.readAllBytes(cold.resolve(file)));
        }
        return cache.stats();
    }

    private int pages() {
        return Build.run(new BuildRequest(source, Options.DEFAULT), Reuse.none()).bodies().size();
    }

    /** The Markdown files the handbook reads (drafts too; not in hidden folders or those starting with "_"), each its front matter kept. */
    private long markdownFiles() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(source)) {
            return files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> java.util.stream.StreamSupport.stream(source.relativize(f).spliterator(), false)
                            .noneMatch(part -> part.toString().startsWith(".") || part.toString().startsWith("_")))
                    .count();
        }
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(source.resolve(file), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void anEditedPageIsMadeAgainAndTheOthersComeFromTheCache() throws Exception {
        fill("entries");
        append("02-casussen/02-zeeland.md", "\nEen zin die er later bij kwam.\n");

        CacheStats stats = rebuildEqualsColdBuild();

        assertThat(stats.hits()).as("unchanged pages taken from the cache").isPositive();
        // the overviews, value and permalink pages are not among them: the structure stayed, so they come from the cache
        assertThat(stats.misses()).as("the edited page's front matter as read, facts, body, page, print part and search documents, made again")
                .isEqualTo(6);
        assertThat(Fixtures.page(dir.resolve("cached"), "casussen/zeeland.html").select(".handbook-content").text())
                .contains("Een zin die er later bij kwam.");
        assertThat(Files.readString(dir.resolve("cached/print.html"))).contains("Een zin die er later bij kwam.");
    }

    @Test
    void aNewHeadingMakesEveryPageAgain() throws Exception {
        fill("entries");
        // the heading lands in the page's own table of contents and in the ids links are checked against
        append("01-begin/01-meer.md", "\n## Een nieuwe kop\n\nMet tekst.\n");

        CacheStats stats = rebuildEqualsColdBuild();

        assertThat(stats.hits()).as("only the front matter as read and the facts of the files whose text is unchanged")
                .isEqualTo(markdownFiles() - 1 + pages() - 1);
        assertThat(Fixtures.page(dir.resolve("cached"), "begin/meer.html").select("#een-nieuwe-kop")).hasSize(1);
    }

    @Test
    void aNewEntryRenumbersAndReachesTheOverviews() throws Exception {
        fill("entries");
        append("01-begin/01-meer.md", "\n::: tip Derde tip\nNog eentje.\n:::\n");

        CacheStats stats = rebuildEqualsColdBuild();

        assertThat(stats.hits()).as("only the front matter as read and the facts of the files whose text is unchanged")
                .isEqualTo(markdownFiles() - 1 + pages() - 1);
        assertThat(Fixtures.page(dir.resolve("cached"), "tips.html").text()).contains("Derde tip");
    }

    @Test
    void aPageThatBecomesAValuesPageTakesItsLinksAlong() throws Exception {
        fill("value-pages");
        Files.writeString(source.resolve("01-fase/index.md"), "---\ntitle: De fasen\nvalue-of: fase=uitvoeren\n---\nTekst.\n");

        rebuildEqualsColdBuild();

        Path cached = dir.resolve("cached");
        assertThat(Fixtures.page(cached, "casussen/index.html").getElementById("marktplein")
                .select(".handbook-entry__fields a").eachAttr("href")).contains("../fase/index.html");
        assertThat(Fixtures.files(cached)).doesNotContain("fase/uitvoeren.html");
    }

    @Test
    void readingRawHtmlAnotherWayParsesEveryPageAgain() throws Exception {
        fill("raw-html");
        String config = Files.readString(source.resolve("handbook.yml"));
        Files.writeString(source.resolve("handbook.yml"), config.replace("html-blocks: python", "html-blocks: commonmark"));

        CacheStats stats = rebuildEqualsColdBuild();

        assertThat(stats.hits()).as("no facts of the other reading, no output of the other configuration").isZero();
        assertThat(Fixtures.page(dir.resolve("cached"), "uit-mkdocs/html.html").select(".handbook-content pre code")).isNotEmpty();
    }

    @Test
    void changingTheConfigurationTurnsEveryResultAway() throws Exception {
        fill("basic");
        String config = Files.readString(source.resolve("handbook.yml"));
        Files.writeString(source.resolve("handbook.yml"), config.replaceFirst("(?m)^title: .*$", "title: Een andere titel"));

        CacheStats stats = rebuildEqualsColdBuild();

        assertThat(stats.hits()).as("only the facts of each page, which its text alone decides").isEqualTo(pages());
        assertThat(Fixtures.page(dir.resolve("cached"), "index.html").title()).contains("Een andere titel");
    }

    @Test
    void aValueTakenOutOfHandbookYmlIsReportedForThePageThatStillUsesIt() throws Exception {
        fill("entries");
        String config = Files.readString(source.resolve("handbook.yml"));
        Files.writeString(source.resolve("handbook.yml"), config.replace(", regionaal: Regionaal", ""));

        Outcome cached = build("cached", new DiskCache(cacheFolder));
        Outcome cold = build("cold", BuildCache.NONE);

        assertThat(cached.written()).isFalse();
        assertThat(cached.problems()).isEqualTo(cold.problems())
                .anySatisfy(p -> assertThat(p.file()).endsWith("01-drenthe.md"));
    }

    @Test
    void changingTheThemeTurnsEveryResultAway() throws Exception {
        fill("basic");
        Fixtures.write(source, java.util.Map.of("i18n/nl.yml", "nav:\n  home: Begin hier\n"));

        CacheStats stats = rebuildEqualsColdBuild();

        assertThat(stats.hits()).as("only the front matter as read and the facts of each file, which its text and handbook.yml decide")
                .isEqualTo(markdownFiles() + pages());
        assertThat(Fixtures.page(dir.resolve("cached"), "eerste/pagina.html").select(".handbook-sidebar__home").text())
                .isEqualTo("Begin hier");
    }

    @Test
    void anotherVersionOfTheToolTurnsEveryResultAway() throws Exception {
        source = Fixtures.copy("entries", dir);
        MemoryCache cache = new MemoryCache();
        CacheKey oldTool = Hasher.of("tool").add("one build of the tool").key();
        CacheKey newTool = Hasher.of("tool").add("another build of the tool").key();

        Build.run(new BuildRequest(source, Options.DEFAULT), Reuse.cache(cache, oldTool));
        CacheStats filled = cache.stats();
        Build.run(new BuildRequest(source, Options.DEFAULT), Reuse.cache(cache, oldTool));
        CacheStats same = cache.stats();
        Build.run(new BuildRequest(source, Options.DEFAULT), Reuse.cache(cache, newTool));
        CacheStats other = cache.stats();

        assertThat(filled.hits()).isZero();
        assertThat(same.hits() - filled.hits()).as("same tool: the facts of every page from the cache").isEqualTo(same.misses());
        assertThat(other.hits()).as("new tool: nothing from the cache").isEqualTo(same.hits());
    }

    @Test
    void theCacheKeepsOnlyWhatTheLastBuildUsed() throws Exception {
        fill("entries");
        long filled = new DiskCache(cacheFolder).results();
        append("02-casussen/02-zeeland.md", "\nZin 0.\n");
        assertThat(build("again", new DiskCache(cacheFolder)).written()).isTrue();
        // the bodies of unchanged pages were not needed (their pages and parts were in the cache): gone now
        long afterOneEdit = new DiskCache(cacheFolder).results();
        assertThat(afterOneEdit).isLessThan(filled);
        for (int i = 1; i < 3; i++) {
            append("02-casussen/02-zeeland.md", "\nZin " + i + ".\n");
            assertThat(build("again", new DiskCache(cacheFolder)).written()).isTrue();
        }
        assertThat(new DiskCache(cacheFolder).results()).isEqualTo(afterOneEdit);
    }

    /** Ways a cache file gets damaged by something other than the tool. */
    enum Damage {
        TRUNCATED, EMPTY, GARBAGE, ONE_BYTE_CHANGED, APPENDED;

        void to(Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            byte[] damaged = switch (this) {
                case TRUNCATED -> java.util.Arrays.copyOf(bytes, bytes.length / 2);
                case EMPTY -> new byte[0];
                case GARBAGE -> "<html>niet wat de cache schreef</html>".getBytes(StandardCharsets.UTF_8);
                case ONE_BYTE_CHANGED -> {
                    bytes[bytes.length / 3] ^= 0x20;
                    yield bytes;
                }
                case APPENDED -> (new String(bytes, StandardCharsets.ISO_8859_1) + "\n<p>extra</p>").getBytes(StandardCharsets.ISO_8859_1);
            };
            Files.write(file, damaged);
        }
    }

    /** Both files of the cache, each damaged in every way. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> damages() {
        return java.util.stream.Stream.of("results.pack", "results.index").flatMap(file -> java.util.Arrays
                .stream(Damage.values()).map(damage -> org.junit.jupiter.params.provider.Arguments.of(damage, file)));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("damages")
    void aDamagedCacheGivesTheBytesOfAColdBuildAndIsMadeWholeAgain(Damage damage, String file) throws Exception {
        fill("entries");
        assertThat(new DiskCache(cacheFolder).results()).as("facts, bodies, pages, print and search parts")
                .isGreaterThan(5 * pages() - 1);
        damage.to(new DiskCache(cacheFolder).folder().resolve(file));

        CacheStats stats = rebuildEqualsColdBuild();

        boolean allLost = file.equals("results.index") || damage == Damage.EMPTY || damage == Damage.GARBAGE;
        if (allLost) assertThat(stats.hits()).as("nothing is taken from a cache that lost its index or its pack").isZero();
        // one changed byte may sit in a result this rebuild does not need (a body whose page is cached whole)
        if (damage != Damage.APPENDED && damage != Damage.ONE_BYTE_CHANGED) {
            assertThat(stats.misses()).as("what was damaged is made again").isPositive();
        }
        // what was made again is stored whole: the next build takes every result
        DiskCache repaired = new DiskCache(cacheFolder);
        assertThat(build("again", repaired).written()).isTrue();
        assertThat(repaired.stats().misses()).isZero();
        assertThat(repaired.stats().hits()).isPositive();
    }
}
