package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.model.SitePaths;
import dev.handbook.output.Progress;
import dev.handbook.pipeline.Options;
import dev.handbook.release.Releaser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview of a handbook with releases beside it serves what {@code build} writes: the versions page, the switcher, the copies. */
@Timeout(120)
class PreviewEditionsTest {
    @TempDir
    static Path dir;

    static Path source;
    static Path site;
    static PreviewServer server;

    @BeforeAll
    static void releaseBuildAndServe() throws IOException {
        source = Fixtures.copy("edition", dir);
        Path releases = dir.resolve("releases");
        Releaser.Result first = Handbooks.release(new Releaser.Request(source, releases, "1", null, null,
                LocalDate.of(2030, 1, 1), "handbook test"), Progress.NONE);
        assertThat(first.outcome().written()).as(first.outcome().problems().toString()).isTrue();
        site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT), new PreviewServer.Listener() {
            @Override
            public void built(BuildState state) {}

            @Override
            public void watchFailed(Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theVersionsPageIsTheOneBuildWrites() throws Exception {
        Document served = served(SitePaths.VERSIONS);
        assertThat(served.select(".edition-list > li > h2").eachText()).containsExactly("Editie 1");
        assertThat(served.outerHtml()).isEqualTo(Fixtures.page(site, SitePaths.VERSIONS).outerHtml());
    }

    @Test
    void aPageCarriesTheSwitcherAsBuildWritesIt() throws Exception {
        Document served = served("start/doelen.html");
        assertThat(served.select("main .edition-switcher a").eachAttr("href"))
                .containsExactly("../releases/1/start/doelen.html", "../versions.html");
        assertThat(served.outerHtml()).isEqualTo(Fixtures.page(site, "start/doelen.html").outerHtml());
    }

    @Test
    void theReleasesCopiesAreServedAsTheyAre() throws Exception {
        for (String path : new String[] {"releases/1/index.html", "releases/1/handbook-1.pdf", "releases/1/manifest.json"}) {
            HttpResponse<byte[]> response = Http.bytes(server.uri(), "/" + path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            if (!path.endsWith(".html")) assertThat(response.body()).as(path).isEqualTo(Files.readAllBytes(site.resolve(path)));
        }
        assertThat(served("releases/1/index.html").outerHtml())
                .isEqualTo(Fixtures.page(site, "releases/1/index.html").outerHtml());
    }

    /** The page as the preview serves it, without the live-reload script that only the preview adds. */
    private static Document served(String path) throws Exception {
        HttpResponse<String> response = Http.get(server.uri(), "/" + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script[src=" + LivePages.SCRIPT_PATH + "]")).as(path).hasSize(1);
        page.select("script[src=" + LivePages.SCRIPT_PATH + "]").remove();
        return page;
    }
}
