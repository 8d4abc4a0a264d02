package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.Fixtures;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in the content folder, in the preview: what a link brings in from outside the handbook
 * is an error, as in {@code check}, and never served, neither before a good site exists nor after;
 * a link that stays inside is served.
 */
@Timeout(60)
class PreviewLinksTest {
    static final String SECRET = "GEHEIM-buiten-de-site";
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void whatALinkBringsInFromOutsideIsNeverServed() throws Exception {
        Path source = Fixtures.copy("entries", dir);
        Fixtures.write(source, Map.of("01-begin/notities.txt", "platte tekst\n"));
        Path outside = Files.createDirectories(dir.resolve("buiten"));
        Files.writeString(outside.resolve("geheim.txt"), SECRET);
        Files.writeString(outside.resolve("pagina.md"), "---\ntitle: Van buiten\n---\n" + SECRET + "\n");
        Path fileLink = source.resolve("01-begin/link.txt");
        Path folderLink = source.resolve("01-begin/linkmap");
        Path pageLink = source.resolve("01-begin/09-buiten.md");
        try {
            Files.createSymbolicLink(fileLink, outside.resolve("geheim.txt"));
            Files.createSymbolicLink(folderLink, outside);
            Files.createSymbolicLink(pageLink, outside.resolve("pagina.md"));
            Files.createSymbolicLink(source.resolve("01-begin/binnen.txt"), source.resolve("01-begin/notities.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links on this file system: " + e);
        }
        String[] targets = {"/begin/link.txt", "/begin/linkmap/geheim.txt", "/begin/linkmap/", "/begin/linkmap/pagina.html",
            "/begin/buiten.html"};

        try (PreviewServer server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT), PreviewLoadTest.quiet())) {
            URI base = server.uri();
            assertThat(server.state().written()).isFalse();
            assertThat(server.state().problems()).filteredOn(p -> p.code().equals("file.link-outside"))
                    .extracting(p -> p.file().substring(source.toString().length() + 1))
                    .containsExactlyInAnyOrder("01-begin/link.txt", "01-begin/linkmap", "01-begin/09-buiten.md");
            refused(base, 503, targets); // no site yet: nothing is served but the problems

            // without the links out, the site is made, and the link that stays inside is served
            Files.delete(fileLink);
            Files.delete(folderLink);
            Files.delete(pageLink);
            await(server, s -> s.written() && s.problems().stream().noneMatch(Problem::isError));
            Http.Raw inside = Http.raw(base, "GET", "/begin/binnen.txt");
            assertThat(inside.status()).isEqualTo(200);
            assertThat(inside.text()).contains("platte tekst");

            // a link out made while the preview runs: the error shows, the last good site stays, the link is not served
            int build = server.state().build();
            Files.createSymbolicLink(folderLink, outside);
            Files.createSymbolicLink(fileLink, outside.resolve("geheim.txt"));
            await(server, s -> s.problems().stream().filter(p -> p.code().equals("file.link-outside")).count() == 2);
            assertThat(server.state().build()).isEqualTo(build);
            refused(base, 404, targets);
            assertThat(Http.raw(base, "GET", "/begin/binnen.txt").status()).isEqualTo(200);
        }
    }

    private static void refused(URI base, int status, String... targets) throws IOException {
        for (String target : targets) {
            Http.Raw response = Http.raw(base, "GET", target);
            assertThat(response.status()).as(target).isEqualTo(status);
            assertThat(response.text()).as(target).doesNotContain(SECRET);
        }
    }

    private static void await(PreviewServer server, Predicate<BuildState> done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.test(server.state()) && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(done.test(server.state())).as("state: " + server.state().problems()).isTrue();
    }
}
