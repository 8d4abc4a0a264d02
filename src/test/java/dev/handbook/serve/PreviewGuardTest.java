package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the preview answers before any route: a Host that names another server gets 421 on every
 * route (a page of another site that rebinds its name to 127.0.0.1 reads nothing), a request too
 * large gets 414 or 431 with a page, never a reset.
 */
@Timeout(60)
class PreviewGuardTest {
    static final String[] ROUTES = {"/", "/index.html", "/begin/meer.html", "/assets/handbook.css",
        "/__handbook/events", "/__handbook/problems", "/__handbook/live.js", "/geen/pagina.html"};

    @TempDir
    static Path dir;

    static PreviewServer server;
    static URI base;

    @BeforeAll
    static void start() throws IOException {
        server = PreviewServer.start(ServeSettings.local(Fixtures.copy("entries", dir), 0, Options.DEFAULT), PreviewLoadTest.quiet());
        base = server.uri();
        assertThat(server.state().written()).as("first build: " + server.state().problems()).isTrue();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host: evil.example", "Host: evil.example:PORT", "Host: 127.0.0.1.evil.example",
        "Host: 127.0.0.1.evil.example:PORT", "Host: localhost:1@evil", "Host: localhost.evil.example:PORT",
        "Host: [::1].evil.example", "Host: 127.1:PORT", "Host: localhost:PORT\r\nHost: evil.example", ""})
    void aForeignHostOrNoneIsMisdirectedOnEveryRoute(String hostLine) throws IOException {
        String header = hostLine.replace("PORT", String.valueOf(base.getPort()));
        for (String route : ROUTES) {
            Http.Answer answer = header.isEmpty() ? Http.send(base, Http.request(route)) : Http.send(base, Http.request(route, header));
            assertThat(answer.status()).as(header + " " + route).isEqualTo(421);
            assertThat(answer.headers().get("content-type")).isEqualTo(ContentTypes.HTML);
            Document page = Jsoup.parse(answer.body());
            assertThat(page.select("h1").text()).isEqualTo("Verkeerd adres");
            assertThat(page.select("html").attr("lang")).isEqualTo("nl");
            // nothing of the handbook: no script, no state, no page of the site
            assertThat(page.select("script")).isEmpty();
            assertThat(page.select("nav, article")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:PORT", "LocalHost:PORT", "127.0.0.1", "127.0.0.1:PORT", "[::1]", "[::1]:PORT"})
    void theLoopbackNamesAreAnsweredOnEveryRoute(String host) throws IOException {
        String header = "Host: " + host.replace("PORT", String.valueOf(base.getPort()));
        for (String route : ROUTES) {
            Http.Answer answer = Http.send(base, Http.request(route, header));
            int expected = route.equals("/geen/pagina.html") ? 404 : 200;
            assertThat(answer.status()).as(header + " " + route).isEqualTo(expected);
        }
        Http.Answer events = Http.send(base, Http.request("/__handbook/events", header));
        assertThat(events.headers().get("content-type")).startsWith("text/event-stream");
        assertThat(Jsoup.parse(Http.send(base, Http.request("/", header)).body()).select("h1")).isNotEmpty();
    }

    @Test
    void aTwentyThousandCharacterUrlIsTooLong() throws IOException {
        Http.Answer answer = Http.send(base, Http.request("/" + "a".repeat(20_000) + ".html", "Host: localhost"));
        assertThat(answer.status()).isEqualTo(414);
        assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Adres te lang");
        assertStillServing();
    }

    @Test
    void aUrlUpToTheLimitIsLookedUp() throws IOException {
        String target = "/" + "a".repeat(HttpLimits.MAX_URL_CHARS - 6) + ".html";
        assertThat(target).hasSize(HttpLimits.MAX_URL_CHARS);
        assertThat(Http.send(base, Http.request(target, "Host: localhost")).status()).isEqualTo(404);
    }

    @Test
    void anOversizedHeaderIsTooLarge() throws IOException {
        Http.Answer answer = Http.send(base, Http.request("/", "Host: localhost", "Cookie: k=" + "v".repeat(40_000)));
        assertThat(answer.status()).isEqualTo(431);
        assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Verzoek te groot");
        assertStillServing();
    }

    @Test
    void tooManyHeadersAreTooLarge() throws IOException {
        String[] headers = new String[150];
        headers[0] = "Host: localhost";
        for (int i = 1; i < headers.length; i++) headers[i] = "X-Kop-" + i + ": " + i;
        Http.Answer answer = Http.send(base, Http.request("/", headers));
        assertThat(answer.status()).isEqualTo(431);
        assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Verzoek te groot");
        assertStillServing();
    }

    @Test
    void aBrowserSizedRequestIsAnswered() throws IOException {
        String[] headers = new String[HttpLimits.MAX_HEADER_LINES];
        headers[0] = "Host: localhost";
        headers[1] = "Cookie: k=" + "v".repeat(8_000);
        for (int i = 2; i < headers.length; i++) headers[i] = "X-Kop-" + i + ": " + i;
        assertThat(Http.send(base, Http.request("/", headers)).status()).isEqualTo(200);
    }

    @Test
    void aRequestBeyondTheJdkServersOwnLimitIsClosedAndTheServerGoesOn() throws IOException {
        // beyond 380 KiB the JDK server gives up reading before any filter runs: no answer is possible
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            try {
                out.write(Http.request("/", "Host: localhost", "Cookie: k=" + "v".repeat(1_000_000)).getBytes(StandardCharsets.ISO_8859_1));
                assertThat(in.read()).isEqualTo(-1);
            } catch (SocketException reset) {
                // closed while the rest was still being sent
            }
        }
        assertStillServing();
    }

    private static void assertStillServing() throws IOException {
        assertThat(Http.send(base, Http.request("/index.html", "Host: localhost")).status()).isEqualTo(200);
    }
}
