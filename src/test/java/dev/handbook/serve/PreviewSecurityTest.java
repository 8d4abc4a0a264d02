package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only files of the site are answered, with the right type; everything else is a 404. */
@Timeout(60)
class PreviewSecurityTest {
    static final String SECRET = "GEHEIM-buiten-de-site";

    @TempDir
    static Path dir;

    static PreviewServer server;
    static URI base;
    static Path source;

    @BeforeAll
    static void start() throws IOException {
        source = Fixtures.copy("entries", dir);
        Fixtures.write(source, Map.of(
                "01-begin/notities.txt", "platte tekst\n",
                "01-begin/data.json", "{\"a\": 1}\n",
                "01-begin/figuur.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
                "01-begin/mijn notities.txt", "met een spatie\n",
                "01-begin/één.txt", "met accenten\n"));
        for (String name : new String[] {"foto.png", "foto.jpg", "foto.webp", "verslag.pdf", "letter.woff2"}) {
            Files.write(source.resolve("01-begin").resolve(name), new byte[] {1, 2, 3, 4});
        }
        // secrets where "../" from the site or from the content folder would lead
        Files.writeString(source.getParent().resolve("geheim.txt"), SECRET);
        // symbolic links out of the content folder are errors, so that no site is made: PreviewLinksTest
        // holds the preview to 404 for them, and to a link that stays inside
        server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT), PreviewLoadTest.quiet());
        base = server.uri();
        assertThat(server.state().written()).as("first build: " + server.state().problems()).isTrue();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../geheim.txt",
        "/begin/../../geheim.txt",
        "/%2e%2e/geheim.txt",
        "/%2E%2E/geheim.txt",
        "/.%2e/geheim.txt",
        "/..%2fgeheim.txt",
        "/%2e%2e%2fgeheim.txt",
        "/begin%2f..%2f..%2fgeheim.txt",
        "/..%5cgeheim.txt",
        "/begin/..%5c..%5cgeheim.txt",
        "/%c0%ae%c0%ae/geheim.txt",
        "/begin/./meer.html",
        "/begin/%2e/meer.html",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/C:/Windows/win.ini",
        "/c%3a/Windows/win.ini",
        "/index.html%00.txt",
        "/begin//meer.html",
        "/.handbook-site",
        "/assets/",
        "/assets",
        "/geen/pagina.html",
        "/../entries/handbook.yml",
        "/%2e%2e/buiten/geheim.txt",
        "/begin/%2e%2e/%2e%2e/%2e%2e/geheim.txt",
        "http://127.0.0.1/../geheim.txt",
    })
    void everythingButASiteFileIsNotFound(String target) throws IOException {
        Http.Raw response = Http.raw(base, "GET", target);
        assertThat(response.status()).as(target).isEqualTo(404);
        assertThat(response.text()).doesNotContain(SECRET).doesNotContain("root:");
    }

    @Test
    void aRawBackslashIsRefusedBeforeItReachesTheSite() throws IOException {
        // a backslash is not allowed in a URI: the JDK's server answers 400 before our handler runs
        Http.Raw response = Http.raw(base, "GET", "/..\\geheim.txt");
        assertThat(response.status()).isIn(400, 404);
        assertThat(response.text()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/handbook.yml", "/01-begin/01-meer.md", "/begin/01-meer.md", "/begin/meer.md", "/index.md"})
    void theSourcesThemselvesAreNotServed(String target) throws IOException {
        assertThat(Http.raw(base, "GET", target).status()).as(target).isEqualTo(404);
    }

    @Test
    void aFolderGetsItsIndexPageNeverAListing() throws Exception {
        HttpResponse<String> folder = Http.get(base, "/begin/");
        assertThat(folder.statusCode()).isEqualTo(200);
        assertThat(folder.body()).contains("<h1").contains("__handbook/live.js");
        HttpResponse<String> withoutSlash = Http.get(base, "/begin");
        assertThat(withoutSlash.statusCode()).isEqualTo(302);
        assertThat(withoutSlash.headers().firstValue("Location")).hasValue("/begin/");
    }

    @Test
    void onlyReadingIsAllowed() throws IOException {
        assertThat(Http.raw(base, "POST", "/").status()).isEqualTo(405);
        assertThat(Http.raw(base, "DELETE", "/index.html").status()).isEqualTo(405);
        Http.Raw head = Http.raw(base, "HEAD", "/index.html");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.text()).doesNotContain("<html");
        assertThat(Http.raw(base, "GET", "/__handbook/onbekend").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({
        "/index.html, text/html; charset=utf-8",
        "/assets/handbook.css, text/css; charset=utf-8",
        "/toc.js, text/javascript; charset=utf-8",
        "/begin/figuur.svg, image/svg+xml; charset=utf-8",
        "/begin/foto.png, image/png",
        "/begin/foto.jpg, image/jpeg",
        "/begin/foto.webp, image/webp",
        "/begin/verslag.pdf, application/pdf",
        "/begin/data.json, application/json; charset=utf-8",
        "/begin/letter.woff2, font/woff2",
        "/begin/notities.txt, text/plain; charset=utf-8",
        "/__handbook/problems, application/json; charset=utf-8",
    })
    void everyFileHasItsContentTypeAndIsNeverCached(String path, String type) throws Exception {
        HttpResponse<byte[]> response = Http.bytes(base, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue(type);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void encodedNamesThatArePlainNamesAreServed() throws Exception {
        assertThat(Http.get(base, "/begin/mijn%20notities.txt").body()).isEqualTo("met een spatie\n");
        assertThat(Http.get(base, "/begin/%C3%A9%C3%A9n.txt").body()).isEqualTo("met accenten\n");
    }

    @Test
    void onlyHtmlPagesGetTheScript() throws Exception {
        assertThat(Http.bytes(base, "/begin/foto.png").body()).containsExactly(1, 2, 3, 4);
        assertThat(Http.get(base, "/begin/notities.txt").body()).isEqualTo("platte tekst\n");
    }
}
