package dev.handbook.serve;

import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Load benchmark of the preview (a runnable, not a test: it prints figures and asserts nothing).
 * Starts the preview on a handbook, opens event streams as pages do and holds them, holds connections
 * that send half a request (each opened again as soon as the server closes it, as a client that keeps
 * trying would), and meanwhile sends normal requests for pages and assets from a few clients at once;
 * prints how many were answered and the median, 99th percentile and maximum time to the whole answer.
 *
 * <p>Run: {@code bench/serve-load.sh} (see the README), or after {@code mvn -DskipTests package}:
 * {@code java -cp target/handbook.jar:target/test-classes dev.handbook.serve.LoadBenchmark CONTENT
 * [REQUESTS 2000] [STALLED 64] [STREAMS 200] [CLIENTS 8]}
 */
public final class LoadBenchmark {
    private static final String[] HALVES = {
        "GET /index.ht",
        "GET /index.html HTTP/1.1\r\nHost: localhost\r\nAccept: text/ht",
        "POST /index.html HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\nhalf a body",
    };

    private static final PreviewServer.Listener QUIET = new PreviewServer.Listener() {
        @Override
        public void built(BuildState state) {}

        @Override
        public void watchFailed(Exception e) {
            System.err.println("watching failed: " + e);
        }
    };

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadBenchmark CONTENT-FOLDER [REQUESTS 2000] [STALLED 64] [STREAMS 200] [CLIENTS 8]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        int requests = arg(args, 1, 2000);
        int stalledCount = arg(args, 2, 64);
        int streamCount = arg(args, 3, 200);
        int clients = arg(args, 4, 8);
        try (PreviewServer server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT), QUIET)) {
            if (!server.state().written()) throw new IllegalStateException("the handbook has errors: " + server.state().problems());
            URI base = server.uri();
            List<String> paths = paths(base);
            System.out.printf("handbook: %s (%d pages); %d paths asked in turn%n", source, server.state().pages(), paths.size());
            run(base, paths, 400, clients); // warms the JVM; not counted

            List<Socket> streams = new ArrayList<>();
            for (int i = 0; i < streamCount; i++) streams.add(openStream(base));
            Stalling stalling = new Stalling(base, stalledCount);
            stalling.start();
            Thread.sleep(500);

            long start = System.nanoTime();
            Results results = run(base, paths, requests, clients);
            long wall = System.nanoTime() - start;
            int streamsOpen = server.eventClients();
            stalling.stop();
            for (Socket stream : streams) stream.close();

            List<Long> sorted = new ArrayList<>(results.nanos());
            Collections.sort(sorted);
            System.out.printf("held meanwhile: %d event streams (open at the end: %d), %d stalled connections%n",
                    streamCount, streamsOpen, stalledCount);
            System.out.printf("normal requests answered 200: %d of %d (%d failed) from %d clients in %.1f s%n",
                    results.ok(), requests, results.failed(), clients, wall / 1e9);
            if (!sorted.isEmpty()) {
                System.out.printf("time to the whole answer: p50 %s, p99 %s, max %s%n",
                        ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.get(sorted.size() - 1)));
            }
            System.out.printf("stalled connections closed by the server meanwhile: %d (held %s each at the median)%n",
                    stalling.closed.get(), stalling.medianHeld());
            System.out.printf("processors: %d, java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        }
        System.exit(0);
    }

    private record Results(List<Long> nanos, int ok, int failed) {}

    private static Results run(URI base, List<String> paths, int count, int clients) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = paths.get(i % paths.size());
            answers.add(pool.submit(() -> {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = Http.bytes(base, path);
                return response.statusCode() == 200 ? System.nanoTime() - start : -1L;
            }));
        }
        List<Long> nanos = new ArrayList<>();
        int failed = 0;
        for (Future<Long> answer : answers) {
            try {
                long took = answer.get();
                if (took >= 0) nanos.add(took); else failed++;
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
            }
        }
        pool.shutdown();
        return new Results(nanos, nanos.size(), failed);
    }

    /** The home page, the pages it links to, and the shared assets. */
    private static List<String> paths(URI base) throws IOException, InterruptedException {
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/assets/handbook.css", "/toc.js"));
        Document home = Jsoup.parse(Http.get(base, "/").body(), base.toString());
        home.select("a[href]").forEach(a -> {
            URI link = URI.create(a.absUrl("href").replaceAll("#.*", ""));
            if (base.getAuthority().equals(link.getAuthority()) && link.getPath().endsWith(".html")) paths.add(link.getPath());
        });
        return new ArrayList<>(paths);
    }

    private static Socket openStream(URI base) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.getOutputStream().write(Http.request("/__handbook/events", "Host: localhost").getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = socket.getInputStream();
        byte[] head = new byte[12];
        if (in.readNBytes(head, 0, head.length) < head.length || !new String(head, StandardCharsets.ISO_8859_1).contains(" 200")) {
            throw new IOException("an event stream was refused");
        }
        return socket;
    }

    /** Connections that send half a request and wait; each is opened again once the server closes it. */
    private static final class Stalling {
        final AtomicInteger closed = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> held = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final Set<Socket> open = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final URI base;

        Stalling(URI base, int count) {
            this.base = base;
            for (int i = 0; i < count; i++) {
                String half = HALVES[i % HALVES.length];
                Thread t = new Thread(() -> hold(half), "stalled-" + i);
                t.setDaemon(true);
                threads.add(t);
            }
        }

        void start() {
            threads.forEach(Thread::start);
        }

        private void hold(String half) {
            while (running.get()) {
                long start = System.nanoTime();
                try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                    open.add(socket);
                    OutputStream out = socket.getOutputStream();
                    out.write(half.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    InputStream in = socket.getInputStream();
                    while (in.read() != -1) {
                        // an answer to the half body may come before the end
                    }
                } catch (IOException e) {
                    // closed by the server (a reset), or by stop()
                }
                if (running.get()) {
                    closed.incrementAndGet();
                    held.add(System.nanoTime() - start);
                }
            }
        }

        String medianHeld() {
            List<Long> sorted = new ArrayList<>(held);
            if (sorted.isEmpty()) return "-";
            Collections.sort(sorted);
            return ms(percentile(sorted, 50));
        }

        void stop() throws IOException {
            running.set(false);
            for (Socket socket : open) socket.close();
        }
    }

    private static int arg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
