package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send half a request (its line, its headers or its body) hold up no one: the other
 * requests are answered at once, event streams still open, and the server closes the stalled
 * connections once {@link HttpLimits#REQUEST_TIME} has passed.
 */
@Timeout(90)
class PreviewStallTest {
    static final Duration ANSWERED_WITHIN = Duration.ofSeconds(5);
    /** The server's timer looks once a second; a loaded machine may add a little. */
    static final Duration CLOSED_WITHIN = HttpLimits.REQUEST_TIME.plusSeconds(5);

    @TempDir
    Path dir;

    @Test
    void stalledConnectionsHoldUpNoOneAndAreClosedInTime() throws Exception {
        Path source = Fixtures.copy("entries", dir);
        try (PreviewServer server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT), PreviewLoadTest.quiet())) {
            URI base = server.uri();
            String[] halves = {
                "GET /index.ht", // half a request line
                "GET /index.html HTTP/1.1\r\nHost: localhost\r\nAccept: text/ht", // half the headers
                "POST /index.html HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\nhalf a body", // half a body
            };
            List<Socket> stalled = new ArrayList<>();
            long opened = System.nanoTime();
            try {
                for (int i = 0; i < 24; i++) {
                    Socket socket = new Socket(base.getHost(), base.getPort());
                    socket.getOutputStream().write(halves[i % halves.length].getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                    stalled.add(socket);
                }
                Thread.sleep(300); // every one of them has reached a worker of the server

                ExecutorService clients = Executors.newFixedThreadPool(8);
                try {
                    List<Future<Long>> answers = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        String path = i % 2 == 0 ? "/begin/meer.html" : "/assets/handbook.css";
                        answers.add(clients.submit(() -> {
                            long start = System.nanoTime();
                            HttpResponse<String> response = Http.get(base, path);
                            assertThat(response.statusCode()).isEqualTo(200);
                            return System.nanoTime() - start;
                        }));
                    }
                    for (Future<Long> answer : answers) {
                        assertThat(Duration.ofNanos(answer.get())).isLessThan(ANSWERED_WITHIN);
                    }
                } finally {
                    clients.shutdownNow();
                }
                try (EventClient page = EventClient.open(Http.CLIENT, base)) {
                    assertThat(page.next("state", ANSWERED_WITHIN).build()).isEqualTo(1);
                }

                for (Socket socket : stalled) {
                    long left = CLOSED_WITHIN.toMillis() - Duration.ofNanos(System.nanoTime() - opened).toMillis();
                    assertThat(closedByServer(socket, (int) Math.max(1, left))).as("closed within " + CLOSED_WITHIN).isTrue();
                }
                assertThat(Duration.ofNanos(System.nanoTime() - opened)).isGreaterThanOrEqualTo(HttpLimits.REQUEST_TIME.minusSeconds(1));
                assertThat(Http.get(base, "/index.html").statusCode()).isEqualTo(200);
            } finally {
                for (Socket socket : stalled) socket.close();
            }
        }
    }

    /** Whether the server ends the connection within {@code millis} (an answer may come before it). */
    private static boolean closedByServer(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        InputStream in = socket.getInputStream();
        try {
            while (in.read() != -1) {
                // a 405 for the request with half a body may come before the end
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }
}
