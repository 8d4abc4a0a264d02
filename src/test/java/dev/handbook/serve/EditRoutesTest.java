package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.handbook.Fixtures;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code serve --edit}: the editor's routes open, check and save a page as it was written, and refuse
 * (403, 400) without changing anything a request without this run's token, from another Host or
 * origin, for a path outside the content folder or through a link out, or for a file that is neither
 * Markdown nor an image. Without {@code --edit} the routes answer 405.
 */
@Timeout(120)
class EditRoutesTest {
    static final String PAGE = "02-casussen/01-drenthe.md";
    static final String CRLF_PAGE = "02-casussen/02-zeeland.md";

    @TempDir
    static Path dir;

    static PreviewServer server;
    static URI base;
    static Path source;
    static String token;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        source = Fixtures.copy("entries", dir.resolve("a"));
        Files.writeString(source.resolve(PAGE), """
                ---
                title: Raamwerk in Drenthe
                type: casus
                summary: Een raamwerk voor gemeenten.
                # gekozen met de provincie
                schaal: regionaal  # lokaal of regionaal
                jaar: 2023
                thema: [a]
                regio: Drenthe
                related: [eerste-tip]
                ---
                ## Aanleiding

                Tekst.
                """);
        Files.writeString(source.resolve(CRLF_PAGE), Files.readString(source.resolve(CRLF_PAGE)).replace("\n", "\r\n"));
        Files.writeString(dir.resolve("geheim.md"), "---\ntitle: Geheim\n---\nbuiten\n");
        Files.createDirectories(dir.resolve("buiten"));
        Files.writeString(dir.resolve("buiten/pagina.md"), "---\ntitle: Buiten\n---\nbuiten\n");
        server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT).withEdit(), PreviewLoadTest.quiet());
        base = server.uri();
        assertThat(server.state().written()).as(server.state().problems().toString()).isTrue();
        Element script = Jsoup.parse(Http.get(base, "casussen/drenthe.html").body()).selectFirst("script[data-token]");
        assertThat(script).isNotNull();
        assertThat(script.attr("data-source")).isEqualTo(PAGE);
        assertThat(script.attr("data-label")).isEqualTo("Bewerken");
        token = script.attr("data-token");
        assertThat(token).hasSizeGreaterThan(30);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String route, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/_edit/" + route)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> withToken(String route, Map<String, Object> body) throws IOException, InterruptedException {
        return post(route, JSON.std.asString(body), "X-Handbook-Token", token);
    }

    static Map<String, Object> open(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/_edit/source?path=" + path)).header("X-Handbook-Token", token).build();
        HttpResponse<String> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.std.mapFrom(response.body());
    }

    static Map<String, Object> draft(String path, Map<String, Object> opened, Map<String, Object> values, String body) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("path", path);
        draft.put("version", opened.get("version"));
        draft.put("values", values);
        draft.put("body", body);
        return draft;
    }

    @SuppressWarnings("unchecked")
    @Test
    void opensAPageWithItsValuesAndTheFormOfHandbookYml() throws Exception {
        Map<String, Object> opened = open(PAGE);
        Map<String, Object> values = (Map<String, Object>) opened.get("values");
        assertThat(values.keySet()).containsExactly("title", "type", "summary", "schaal", "jaar", "thema", "regio", "related");
        assertThat(values.get("thema")).isEqualTo(List.of("a"));
        assertThat(opened.get("body")).isEqualTo("## Aanleiding\n\nTekst.\n");
        Map<String, Object> schema = (Map<String, Object>) opened.get("schema");
        List<Map<String, Object>> fields = (List<Map<String, Object>>) schema.get("fields");
        Map<String, Object> schaal = fields.stream().filter(f -> f.get("key").equals("schaal")).findFirst().orElseThrow();
        assertThat(schaal.get("kind")).isEqualTo("choice");
        assertThat(schaal.get("choices").toString()).contains("label=Regionaal");
        HttpRequest form = HttpRequest.newBuilder(base.resolve("/_edit/form")).header("X-Handbook-Token", token).build();
        Map<String, Object> forNewPages = JSON.std.mapFrom(Http.CLIENT.send(form, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(forNewPages.get("chapters").toString()).contains("path=01-begin", "path=02-casussen");
    }

    @SuppressWarnings("unchecked")
    @Test
    void checksTheUnsavedTextAndTellsTheProblemAtItsLine() throws Exception {
        Map<String, Object> opened = open(PAGE);
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) opened.get("values"));
        values.put("schaal", "wereldwijd");
        HttpResponse<String> response = withToken("check", draft(PAGE, opened, values, "## Aanleiding\n\n::: tipp Oei\nx\n:::\n"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> result = JSON.std.mapFrom(response.body());
        List<Map<String, Object>> problems = (List<Map<String, Object>>) result.get("problems");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("code")).isEqualTo("field.not-allowed");
            assertThat(p.get("field")).isEqualTo("schaal");
            assertThat((String) p.get("message")).contains("wereldwijd", "lokaal");
        });
        int bodyLine = ((Number) result.get("bodyLine")).intValue();
        assertThat(problems).anySatisfy(p -> assertThat(((Number) p.get("line")).intValue()).isEqualTo(bodyLine + 2));
        assertThat(Files.readString(source.resolve(PAGE))).contains("schaal: regionaal");
    }

    @SuppressWarnings("unchecked")
    @Test
    void savesOnlyWhatChangedAndKeepsKeyOrderCommentsAndLineEndings() throws Exception {
        String page = "01-begin/01-meer.md";
        Files.writeString(source.resolve(page), "---\r\ntitle: Meer\r\n# een opmerking\r\nsummary: Oud.  # kort\r\n---\r\nEerste zin.\r\n");
        Map<String, Object> opened = open(page);
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) opened.get("values"));
        values.put("summary", "Nieuw.");
        HttpResponse<String> saved = withToken("save", draft(page, opened, values, "Andere zin.\n"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Files.readString(source.resolve(page)))
                .isEqualTo("---\r\ntitle: Meer\r\n# een opmerking\r\nsummary: Nieuw.  # kort\r\n---\r\nAndere zin.\r\n");
        assertThat(JSON.std.mapFrom(saved.body()).get("version")).isEqualTo(open(page).get("version"));
    }

    @Test
    void theEditorMayAskForTheWholeFileAsTextAndSaveItSo() throws Exception {
        String page = "01-begin/02-als-tekst.md";
        Files.writeString(source.resolve(page), "---\ntitle: Als tekst\n# blijft staan\n---\nZin.\n");
        HttpRequest asked = HttpRequest.newBuilder(base.resolve("/_edit/source?path=" + page + "&raw=1"))
                .header("X-Handbook-Token", token).build();
        Map<String, Object> opened = JSON.std.mapFrom(Http.CLIENT.send(asked, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(opened.get("raw")).isEqualTo(true);
        assertThat(opened.get("rawAsked")).isEqualTo(true);
        assertThat(opened.get("body")).isEqualTo("---\ntitle: Als tekst\n# blijft staan\n---\nZin.\n");
        assertThat(open(page).get("raw")).as("without asking: the form").isEqualTo(false);

        Map<String, Object> draft = draft(page, opened, Map.of(), "---\ntitle: Anders\n# blijft staan\n---\nZin.\n");
        draft.put("raw", draft.get("body"));
        HttpResponse<String> saved = withToken("save", draft);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Files.readString(source.resolve(page))).isEqualTo("---\ntitle: Anders\n# blijft staan\n---\nZin.\n");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aSaveOverAFileChangedSinceItWasOpenedIsAConflictWithBothVersions() throws Exception {
        Map<String, Object> opened = open(CRLF_PAGE);
        String elsewhere = Files.readString(source.resolve(CRLF_PAGE)).replace("De regio groeit.", "Iemand anders schreef dit.");
        Files.writeString(source.resolve(CRLF_PAGE), elsewhere);
        HttpResponse<String> response = withToken("save",
                draft(CRLF_PAGE, opened, (Map<String, Object>) opened.get("values"), "Mijn zin.\n"));
        assertThat(response.statusCode()).isEqualTo(409);
        Map<String, Object> conflict = JSON.std.mapFrom(response.body());
        assertThat((String) conflict.get("disk")).contains("Iemand anders schreef dit.");
        assertThat((String) conflict.get("mine")).contains("Mijn zin.");
        assertThat((String) conflict.get("error")).contains("gewijzigd");
        assertThat(Files.readString(source.resolve(CRLF_PAGE))).isEqualTo(elsewhere);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../geheim.md", "..%2Fgeheim.md", "/etc/passwd", "buiten/pagina.md", "link/pagina.md",
        "linkpagina.md", "handbook.yml", "02-casussen/.verborgen.md", "01-begin\\01-meer.md", "C:/x.md"})
    void aSaveOutsideTheContentFolderOrOfAnotherKindIsRefused(String path) throws Exception {
        Path link = source.resolve("link");
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.createSymbolicLink(link, dir.resolve("buiten"));
        Path fileLink = source.resolve("linkpagina.md");
        if (!Files.exists(fileLink, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(fileLink, dir.resolve("buiten/pagina.md"));
        }
        String before = Files.readString(dir.resolve("buiten/pagina.md")) + Files.readString(source.resolve("handbook.yml"));
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("path", java.net.URLDecoder.decode(path, StandardCharsets.UTF_8));
        draft.put("version", "x");
        draft.put("values", Map.of("title", "Overschreven"));
        draft.put("body", "overschreven\n");
        HttpResponse<String> response = withToken("save", draft);
        assertThat(response.statusCode()).as(response.body()).isIn(400, 403);
        assertThat((String) JSON.std.mapFrom(response.body()).get("error")).isNotBlank();
        assertThat(Files.readString(dir.resolve("buiten/pagina.md")) + Files.readString(source.resolve("handbook.yml"))).isEqualTo(before);
        assertThat(Files.readString(dir.resolve("geheim.md"))).doesNotContain("overschreven");
    }

    @Test
    void aSaveWithoutTheTokenFromAnotherOriginOrHostIsRefused() throws Exception {
        String page = Files.readString(source.resolve(PAGE));
        String body = "{\"path\": \"" + PAGE + "\", \"version\": \"x\", \"values\": {}, \"body\": \"weg\"}";
        assertThat(post("save", body).statusCode()).isEqualTo(403);
        assertThat(post("save", body, "X-Handbook-Token", "fout").statusCode()).isEqualTo(403);
        assertThat(post("save", body, "X-Handbook-Token", token, "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        String foreignHost = "POST /_edit/save HTTP/1.1\r\nHost: 127.0.0.1.nip.io:" + base.getPort() + "\r\nX-Handbook-Token: " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
        assertThat(Http.send(base, foreignHost).status()).isIn(403, 421);
        String otherPort = foreignHost.replace("Host: 127.0.0.1.nip.io:" + base.getPort(), "Host: 127.0.0.1:1");
        assertThat(Http.send(base, otherPort).status()).isEqualTo(403);
        assertThat(Files.readString(source.resolve(PAGE))).isEqualTo(page);
        HttpRequest read = HttpRequest.newBuilder(base.resolve("/_edit/source?path=" + PAGE)).build();
        assertThat(Http.CLIENT.send(read, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(post("check", body).statusCode()).isEqualTo(403);
        assertThat(post("new", "{\"type\": \"tip\", \"title\": \"Zonder sleutel\"}").statusCode()).isEqualTo(403);
        assertThat(source.resolve("02-casussen/03-zonder-sleutel.md")).doesNotExist();
    }

    @Test
    void aDraftLargerThanTheLimitIsRefusedUnread() throws Exception {
        String page = Files.readString(source.resolve(PAGE));
        // the head alone: the answer comes before any of the 3 MiB is read
        String head = "POST /_edit/save HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort() + "\r\nX-Handbook-Token: " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + 3 * 1024 * 1024 + "\r\nConnection: close\r\n\r\n";
        Http.Answer answer = Http.send(base, head);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("te groot");
        assertThat(Files.readString(source.resolve(PAGE))).isEqualTo(page);
    }

    @Test
    void theWrongMethodOrAnUnknownRouteIsRefused() throws Exception {
        assertThat(Http.get(base, "/_edit/save").statusCode()).isEqualTo(405);
        assertThat(Http.get(base, "/_edit/nergens").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/_edit/editor.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aNewPageIsTheFileNewMakes() throws Exception {
        HttpResponse<String> response = withToken("new", Map.of("type", "casus", "title", "Raamwerk in Groningen", "chapter", "02-casussen"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.std.mapFrom(response.body()).get("path")).isEqualTo("02-casussen/03-raamwerk-in-groningen.md");
        String made = Files.readString(source.resolve("02-casussen/03-raamwerk-in-groningen.md"));
        assertThat(made).startsWith("---\ntitle: \"Raamwerk in Groningen\"\ntype: casus\n").contains("schaal:", "jaar:");
        assertThat(withToken("new", Map.of("type", "casus", "title", "X", "chapter", "../buiten")).statusCode()).isEqualTo(400);
    }

    @Test
    void anImageNeedsAnAltTextAndLandsBesideThePageUnderASlug() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/_edit/image?page=" + PAGE + "&name=Kaart%20van%20Drenthe.PNG"))
                .header("X-Handbook-Token", token).POST(HttpRequest.BodyPublishers.ofByteArray(png));
        HttpResponse<String> noAlt = Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noAlt.statusCode()).isEqualTo(400);
        assertThat((String) JSON.std.mapFrom(noAlt.body()).get("error")).contains("alternatieve tekst");
        assertThat(source.resolve("02-casussen/kaart-van-drenthe.png")).doesNotExist();
        HttpRequest withAlt = HttpRequest.newBuilder(base.resolve("/_edit/image?page=" + PAGE
                + "&name=Kaart%20van%20Drenthe.PNG&alt=De%20provincie")).header("X-Handbook-Token", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build();
        HttpResponse<String> saved = Http.CLIENT.send(withAlt, HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(JSON.std.mapFrom(saved.body()).get("markdown")).isEqualTo("![De provincie](kaart-van-drenthe.png)");
        assertThat(source.resolve("02-casussen/kaart-van-drenthe.png")).hasBinaryContent(png);
        HttpRequest notImage = HttpRequest.newBuilder(base.resolve("/_edit/image?page=" + PAGE + "&name=script.js&alt=x"))
                .header("X-Handbook-Token", token).POST(HttpRequest.BodyPublishers.ofByteArray(png)).build();
        assertThat(Http.CLIENT.send(notImage, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    @Test
    void withoutEditTheRoutesAnswer405() throws Exception {
        Path other = Fixtures.copy("entries", dir.resolve("b"));
        try (PreviewServer plain = PreviewServer.start(ServeSettings.local(other, 0, Options.DEFAULT), PreviewLoadTest.quiet())) {
            for (String route : List.of("save", "check", "new", "image", "source")) {
                HttpRequest request = HttpRequest.newBuilder(plain.uri().resolve("/_edit/" + route))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                assertThat(Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).as(route).isEqualTo(405);
            }
            assertThat(Jsoup.parse(Http.get(plain.uri(), "casussen/drenthe.html").body()).select("script[data-token]")).isEmpty();
        }
    }
}
