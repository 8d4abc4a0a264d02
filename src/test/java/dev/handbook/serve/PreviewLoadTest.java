package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.pipeline.Options;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Many open pages and many requests at once: the preview stays up and lets go of closed pages. */
@Timeout(120)
class PreviewLoadTest {
    static final Duration WAIT = PreviewServerTest.WAIT;
    static final int PAGES = 40;

    @TempDir
    Path dir;

    @Test
    void manyOpenPagesAllHearTheReloadAndClosedOnesAreDropped() throws Exception {
        Path source = Fixtures.copy("entries", dir);
        Path page = source.resolve("01-begin/01-meer.md");
        try (PreviewServer server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT), quiet())) {
            URI base = server.uri();
            List<EventClient> pages = new ArrayList<>();
            try {
                for (int i = 0; i < PAGES; i++) pages.add(EventClient.open(Http.CLIENT, base));
                for (EventClient open : pages) open.next("state", WAIT);
                await(server::eventClients, PAGES);

                // while they are open, ordinary requests keep being answered
                ExecutorService requests = Executors.newFixedThreadPool(8);
                try {
                    List<Future<Integer>> answers = new ArrayList<>();
                    for (int i = 0; i < 400; i++) {
                        String path = i % 2 == 0 ? "/begin/meer.html" : "/assets/handbook.css";
                        answers.add(requests.submit(() -> Http.get(base, path).statusCode()));
                    }
                    for (Future<Integer> answer : answers) assertThat(answer.get()).isEqualTo(200);
                } finally {
                    requests.shutdownNow();
                }

                PreviewServerTest.append(page, "\nVoor iedereen.\n");
                for (EventClient open : pages) assertThat(open.next("reload", WAIT).build()).isGreaterThan(1);

                // half the pages close; the writes to them fail and they are dropped
                for (EventClient closed : pages.subList(0, PAGES / 2)) closed.close();
                EventClient watching = pages.get(PAGES - 1);
                long deadline = System.nanoTime() + WAIT.toNanos();
                int edit = 0;
                while (server.eventClients() > PAGES / 2 && System.nanoTime() < deadline) {
                    PreviewServerTest.append(page, "\nNog een wijziging " + (++edit) + ".\n");
                    watching.next("reload", WAIT);
                }
                assertThat(server.eventClients()).isEqualTo(PAGES / 2);

                // the other pages still open all hear of that build too (they have not read the reloads
                // of the loop above, so the test waits for a build number, not for the next event)
                PreviewServerTest.append(page, "\nDe laatste wijziging.\n");
                int last = watching.next("reload", WAIT).build();
                for (EventClient open : pages.subList(PAGES / 2, PAGES - 1)) open.awaitBuild(last, WAIT);
                assertThat(Http.get(base, "/begin/meer.html").body()).contains("De laatste wijziging.");
            } finally {
                pages.forEach(EventClient::close);
            }
        }
    }

    static PreviewServer.Listener quiet() {
        return new PreviewServer.Listener() {
            @Override
            public void built(BuildState state) {}

            @Override
            public void watchFailed(Exception e) {}
        };
    }

    private static void await(IntSupplier value, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (value.getAsInt() != expected && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(value.getAsInt()).isEqualTo(expected);
    }
}
