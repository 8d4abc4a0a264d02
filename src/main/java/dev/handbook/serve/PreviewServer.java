package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handbook.check.Bundle;
import dev.handbook.serve.edit.EditHandler;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The editors' preview: builds the handbook into memory, serves it over HTTP, watches
 * the sources and rebuilds on every save, and tells every open page through server-sent events,
 * so that it reloads, or shows the problems of a failed rebuild over the last good page.
 *
 * <p>Routes: the site's files at {@code /}; {@code /__handbook/events} (the event stream),
 * {@code /__handbook/live.js} (the script in every page) and {@code /__handbook/problems} (the
 * last rebuild's state as JSON); with {@code --edit}, the editor's routes at {@code /_edit/}
 * ({@link EditHandler}), which answer 405 without it. Every route is behind the {@link RequestGuard}: the Host header must
 * name this server, and a request must be small and arrive in time ({@link HttpLimits}).
 */
public final class PreviewServer implements Closeable {
    /** Hears what the preview does, for the terminal. */
    public interface Listener {
        void built(BuildState state);

        void watchFailed(Exception e);
    }

    private static final String INTERNAL = "/__handbook/";
    private static final Duration MAX_DELAY = Duration.ofSeconds(1);
    private static final long HEARTBEAT_SECONDS = 15;

    private final Path source;
    private final Listener listener;
    private final HttpServer http;
    private final ExecutorService workers;
    private final PreviewBuilder builder;
    private final EventStream events;
    private final SourceWatcher watcher;
    private final Debouncer debouncer;
    private final SiteHandler site;
    /** The editor's routes with {@code --edit}; null without. */
    private final EditHandler editor;
    private final RequestGuard guard;
    private final byte[] liveScript;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PreviewServer(ServeSettings settings, Listener listener, HttpServer http) throws IOException {
        this.source = settings.source();
        this.listener = listener;
        this.http = http;
        this.liveScript = resource("live.js");
        this.builder = new PreviewBuilder(settings.source(), settings.options());
        this.events = new EventStream(HEARTBEAT_SECONDS);
        this.debouncer = new Debouncer(settings.quietPeriod(), MAX_DELAY, this::rebuild, "handbook-rebuild");
        this.watcher = new SourceWatcher(new SourceWatcher.Changes() {
            @Override
            public void changed(Path path) {
                builder.changed(path);
                debouncer.changed();
            }

            @Override
            public void lost() {
                builder.changedAll();
                debouncer.changed();
            }
        }, listener::watchFailed);
        this.editor = settings.edit()
                ? new EditHandler(settings.source(), settings.options(), () -> builder.state().language(), this::pages)
                : null;
        this.site = new SiteHandler(builder::state, editor == null ? null : new EditorTag(editor));
        this.guard = new RequestGuard(HostPolicy.of(settings.host(), http.getAddress().getAddress()),
                () -> builder.state().language());
        AtomicInteger threads = new AtomicInteger();
        // a worker per request being read or answered, made when needed, so that a few clients that
        // send half a request (each held until HttpLimits.REQUEST_TIME) leave the others workers of
        // their own; an open event stream holds a connection, not a worker. Beyond WORKERS the JDK
        // server closes the new connection.
        this.workers = new ThreadPoolExecutor(0, HttpLimits.WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "handbook-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Binds the address (failing fast when it is taken), starts watching, builds once and starts
     * serving. Throws {@link java.net.BindException} for a port in use and
     * {@link java.net.UnknownHostException} for an unknown host.
     */
    public static PreviewServer start(ServeSettings settings, Listener listener) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port());
        HttpLimits.applyToJdkServer();
        HttpServer http = HttpServer.create(address, 64);
        PreviewServer server;
        try {
            server = new PreviewServer(settings, listener, http);
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            throw e;
        }
        try {
            // watch before the first build, so that a save during it is not missed
            server.watcher.watch(SourceWatcher.roots(settings.source()));
            server.rebuild();
            server.http.createContext("/", server::handle).getFilters().add(server.guard);
            server.http.setExecutor(server.workers);
            server.http.start();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The address to open in a browser. */
    public URI uri() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getAddress().getHostAddress();
        try {
            return new URI("http", null, host, address.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public BuildState state() {
        return builder.state();
    }

    /** Open event streams: pages that hear about rebuilds. */
    public int eventClients() {
        return events.clients();
    }

    /** The folders being watched. */
    public java.util.List<Path> watched() {
        return SourceWatcher.roots(source);
    }

    /** The pages of the site being served, for the editor's links and chapters. */
    private java.util.List<dev.handbook.model.Page> pages() {
        SiteFiles files = builder.state().site();
        return files == null ? java.util.List.of() : files.pages();
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    private void rebuild() {
        BuildState state = builder.rebuild();
        events.broadcast(state.written() ? "reload" : "problems", StateJson.of(state));
        listener.built(state);
        try {
            // handbook.yml may have named another theme folder
            watcher.watch(SourceWatcher.roots(source));
        } catch (IOException | RuntimeException e) {
            listener.watchFailed(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (path != null && path.startsWith(EditHandler.PREFIX)) {
                if (editor == null) EditHandler.absent(exchange);
                else editor.handle(exchange);
            } else if (path != null && path.startsWith(INTERNAL)) {
                internal(exchange, path.substring(INTERNAL.length()));
            } else {
                site.handle(exchange);
            }
        } catch (IOException | RuntimeException e) {
            exchange.close(); // the browser went away mid-answer, or worse: this request ends, the server goes on
        }
    }

    private void internal(HttpExchange exchange, String name) throws IOException {
        if (!Responses.isRead(exchange)) {
            Responses.methodNotAllowed(exchange, "GET, HEAD");
            return;
        }
        switch (name) {
            case "events" -> events.open(exchange, () -> EventStream.event("state", StateJson.of(builder.state())));
            case "live.js" -> Responses.send(exchange, 200, "text/javascript; charset=utf-8", liveScript);
            case "problems" -> Responses.send(exchange, 200, "application/json; charset=utf-8",
                    StateJson.of(builder.state()).getBytes(StandardCharsets.UTF_8));
            default -> {
                BuildState state = builder.state();
                Responses.send(exchange, 404, ContentTypes.HTML, LivePages.notFound(state, Bundle.editor(state.language())));
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops watching and serving and ends the open event streams. */
    @Override
    public void close() {
        debouncer.close();
        watcher.close();
        events.close();
        http.stop(0);
        workers.shutdownNow();
        stopped.countDown();
    }
}
