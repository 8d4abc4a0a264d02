package dev.handbook.serve;

import static dev.handbook.ParsedJson.asObject;
import static dev.handbook.ParsedJson.asObjects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.handbook.Fixtures;
import dev.handbook.ParsedJson;
import dev.handbook.output.Folders;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview end to end: a real server on a free port, a real watcher, a fixture handbook that the tests edit. */
@Timeout(120)
class PreviewServerTest {
    /** Generous: a rebuild on a loaded two-core machine can take seconds. */
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    Path source;
    PreviewServer server;
    URI base;
    final List<BuildState> built = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        source = Fixtures.copy("entries", dir);
        server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT), new PreviewServer.Listener() {
            @Override
            public void built(BuildState state) {
                built.add(state);
            }

            @Override
            public void watchFailed(Exception e) {
                throw new AssertionError(e);
            }
        });
        base = server.uri();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesTheBuiltSiteWithTheLiveScriptAddedOnTheWayOut() throws Exception {
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(base.getPort()).isPositive();
        HttpResponse<String> home = Http.get(base, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document page = Jsoup.parse(home.body());
        assertThat(page.select("script[src=/__handbook/live.js]")).hasSize(1);
        assertThat(page.select("script[src=/__handbook/live.js]").attr("data-version")).isEqualTo(server.state().version());
        // the site in memory stays as `build` makes it, and nothing is written into the content folder
        SiteFiles site = server.state().site();
        assertThat(new String(site.read("index.html"), StandardCharsets.UTF_8)).doesNotContain("__handbook");
        try (var files = Files.walk(source)) {
            assertThat(files.filter(p -> p.toString().endsWith(".html"))).isEmpty();
        }
        HttpResponse<String> script = Http.get(base, "/__handbook/live.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("EventSource", "/__handbook/events");
    }

    @Test
    void aSavedPageReachesEveryOpenPageAsAReloadWithTheNewContent() throws Exception {
        try (EventClient events = EventClient.open(Http.CLIENT, base)) {
            EventClient.Event first = events.next("state", WAIT);
            assertThat(first.build()).isEqualTo(1);
            append(source.resolve("01-begin/01-meer.md"), "\nDe regio maakt een nieuwe start.\n");
            EventClient.Event reload = events.next("reload", WAIT);
            assertThat(reload.build()).isEqualTo(2);
            assertThat(reload.json()).containsEntry("problems", List.of());
            HttpResponse<String> page = Http.get(base, "/begin/meer.html");
            assertThat(page.body()).contains("De regio maakt een nieuwe start.");
            assertThat(Jsoup.parse(page.body()).select("script[src=/__handbook/live.js]").attr("data-version"))
                    .isEqualTo(reload.version());
        }
    }

    @Test
    void anErrorShowsInTheOverlayDataOverTheLastGoodPageAndGoesWhenFixed() throws Exception {
        Path zeeland = source.resolve("02-casussen/02-zeeland.md");
        String good = Files.readString(zeeland);
        try (EventClient events = EventClient.open(Http.CLIENT, base)) {
            String version = events.next("state", WAIT).version();
            Files.writeString(zeeland, good.replace("schaal: lokaal", "schaal: lokal"));
            EventClient.Event problems = events.next("problems", WAIT);
            assertThat(problems.version()).isEqualTo(version); // no new site: pages stay and show the overlay
            Map<String, Object> overlay = problems.json();
            assertThat(overlay).containsEntry("written", false);
            assertThat(asObjects(overlay.get("problems"))).anySatisfy(problem -> {
                assertThat(problem).containsEntry("code", "field.not-allowed").containsEntry("severity", "error")
                        .containsEntry("line", 4L);
                assertThat(problem.get("file")).asInstanceOf(STRING).endsWith("02-zeeland.md");
                assertThat(problem.get("message")).asInstanceOf(STRING).contains("lokal");
                assertThat(problem.get("hint")).isInstanceOf(String.class);
            });
            assertThat(asObject(overlay.get("labels"))).containsEntry("error", "fout");
            Map<String, Object> state = ParsedJson.object(Http.get(base, "/__handbook/problems").body());
            assertThat(state).containsEntry("written", false);
            assertThat(asObjects(state.get("problems"))).extracting(problem -> problem.get("code")).contains("field.not-allowed");
            assertThat(state.get("heading")).asInstanceOf(STRING).contains("De laatste wijziging is niet verwerkt");
            HttpResponse<String> lastGood = Http.get(base, "/casussen/zeeland.html");
            assertThat(lastGood.statusCode()).isEqualTo(200);
            assertThat(lastGood.body()).contains("De regio groeit.", "data-version=\"" + version + "\"");

            Files.writeString(zeeland, good + "\nWeer goed.\n");
            EventClient.Event fixed = events.next("reload", WAIT);
            assertThat(fixed.json()).containsEntry("problems", List.of()).containsEntry("written", true);
            assertThat(fixed.version()).isNotEqualTo(version);
            assertThat(ParsedJson.object(Http.get(base, "/__handbook/problems").body())).containsEntry("problems", List.of());
            assertThat(Http.get(base, "/casussen/zeeland.html").body()).contains("Weer goed.");
        }
    }

    @Test
    void survivesSaveByRenameAndAddedAndDeletedFolders() throws Exception {
        try (EventClient events = EventClient.open(Http.CLIENT, base)) {
            events.next("state", WAIT);
            // an editor that writes a temporary file and renames it over the page
            Path page = source.resolve("01-begin/01-meer.md");
            Path temporary = source.resolve("01-begin/.01-meer.md.tmp");
            Files.writeString(temporary, Files.readString(page) + "\nBewaard met hernoemen.\n");
            Files.move(temporary, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            events.next("reload", WAIT);
            assertThat(Http.get(base, "/begin/meer.html").body()).contains("Bewaard met hernoemen.");

            Path chapter = source.resolve("03-nieuw");
            Fixtures.write(chapter, java.util.Map.of(
                    "index.md", "---\ntitle: Nieuw hoofdstuk\n---\nInleiding.\n",
                    "01-pagina.md", "---\ntitle: Een pagina\n---\nIn een nieuwe map.\n"));
            awaitPage(events, "/nieuw/pagina.html", 200);
            assertThat(Http.get(base, "/nieuw/pagina.html").body()).contains("In een nieuwe map.");

            // a file in the new folder is watched too
            append(chapter.resolve("01-pagina.md"), "\nEn nog een zin.\n");
            events.next("reload", WAIT);
            assertThat(Http.get(base, "/nieuw/pagina.html").body()).contains("En nog een zin.");

            Folders.deleteTree(chapter);
            awaitPage(events, "/nieuw/pagina.html", 404);
        }
    }

    @Test
    void handbookYmlAndTheHandbooksOwnTemplatesAreWatched() throws Exception {
        try (EventClient events = EventClient.open(Http.CLIENT, base)) {
            events.next("state", WAIT);
            Path config = source.resolve("handbook.yml");
            Files.writeString(config, Files.readString(config).replace("title: Bijdragen", "title: Bijdragen en meer"));
            events.next("reload", WAIT);
            assertThat(Jsoup.parse(Http.get(base, "/").body()).title()).contains("Bijdragen en meer");

            String template = Files.readString(Path.of("themes/default/templates/base.peb"));
            Fixtures.write(source, java.util.Map.of("templates/base.peb",
                    template.replace("</body>", "<p id=\"eigen-sjabloon\">Eigen sjabloon</p>\n</body>")));
            events.next("reload", WAIT);
            assertThat(Jsoup.parse(Http.get(base, "/").body()).select("#eigen-sjabloon")).hasSize(1);
        }
    }

    @Test
    void aBurstOfSavesGivesFewRebuildsAndTheLastContentWins() throws Exception {
        server.close();
        server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT).withQuietPeriod(Duration.ofMillis(300)),
                new PreviewServer.Listener() {
                    @Override
                    public void built(BuildState state) {
                        built.add(state);
                    }

                    @Override
                    public void watchFailed(Exception e) {
                        throw new AssertionError(e);
                    }
                });
        base = server.uri();
        try (EventClient events = EventClient.open(Http.CLIENT, base)) {
            events.next("state", WAIT);
            Path page = source.resolve("01-begin/01-meer.md");
            String text = Files.readString(page);
            for (int i = 1; i <= 10; i++) Files.writeString(page, text + "\nVersie " + i + ".\n");
            awaitContent(events, "/begin/meer.html", "Versie 10.");
            List<EventClient.Event> more = events.drain(Duration.ofMillis(800));
            assertThat(more).allMatch(e -> !e.name().equals("problems"));
            assertThat(server.state().build() - 1).as("rebuilds for ten saves").isBetween(1, 3);
        }
    }

    private void awaitPage(EventClient events, String path, int status) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Http.get(base, path).statusCode() != status) {
            if (System.nanoTime() > deadline) throw new AssertionError(path + " did not become " + status);
            events.next("reload", WAIT);
        }
    }

    private void awaitContent(EventClient events, String path, String text) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Http.get(base, path).body().contains(text)) {
            if (System.nanoTime() > deadline) throw new AssertionError(path + " never showed " + text);
            events.next("reload", WAIT);
        }
    }

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text, StandardCharsets.UTF_8);
    }
}
