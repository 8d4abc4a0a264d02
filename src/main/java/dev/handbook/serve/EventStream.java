package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server-sent events that tell open pages about new builds.
 *
 * <p>Every open page has a writer thread of its own. Writes to a socket block once the other side
 * stops reading (a laptop gone to sleep, a stalled tab), and a broadcast that wrote to every page
 * itself would then hang, and with it every rebuild after it. So a broadcast only hands each
 * writer the newest event; a writer that is stuck holds up no one else. Every event carries the
 * whole state, so a page that misses one for a newer one loses nothing. A writer that finds its page
 * gone ends and is dropped; a comment every {@code heartbeat} makes sure it finds out.
 */
final class EventStream implements Closeable {
    /** More open pages than anyone edits with; beyond it a page gets a 503 and retries. */
    static final int MAX_CLIENTS = 256;

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final long heartbeatNanos;
    private final AtomicInteger names = new AtomicInteger();
    private volatile boolean closed;

    EventStream(long heartbeatSeconds) {
        this.heartbeatNanos = TimeUnit.SECONDS.toNanos(heartbeatSeconds);
    }

    /** Opens the stream on {@code exchange}; {@code firstEvent} is made when the page has joined. */
    void open(HttpExchange exchange, java.util.function.Supplier<String> firstEvent) throws IOException {
        if (closed || clients.size() >= MAX_CLIENTS) {
            Responses.send(exchange, 503, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        clients.add(client);
        // made after joining: a build that finishes in between is either in it or broadcast after it
        client.offer("retry: 1000\n\n" + firstEvent.get());
        Thread writer = new Thread(client::run, "handbook-events-" + names.incrementAndGet());
        writer.setDaemon(true);
        writer.start();
    }

    /** An event in the wire format: the event name, then every line of the data. */
    static String event(String name, String data) {
        StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
        String text = data.endsWith("\n") ? data.substring(0, data.length() - 1) : data;
        for (String line : text.split("\n", -1)) out.append("data: ").append(line).append('\n');
        return out.append('\n').toString();
    }

    /** Tells every open page; returns at once. */
    void broadcast(String name, String data) {
        String message = event(name, data);
        for (Client client : clients) client.offer(message);
    }

    int clients() {
        return clients.size();
    }

    @Override
    public void close() {
        closed = true;
        for (Client client : clients) client.stop();
    }

    /** One open page: the newest event not yet written, and the thread that writes it. */
    private final class Client {
        private final HttpExchange exchange;
        private final OutputStream body;
        private String pending;
        private boolean stopped;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        synchronized void offer(String message) {
            // the first event (retry and state) always goes out whole; later ones replace each other
            pending = pending != null && pending.startsWith("retry:") && !message.startsWith("retry:")
                    ? pending + message : message;
            notifyAll();
        }

        synchronized void stop() {
            stopped = true;
            notifyAll();
        }

        void run() {
            try {
                String message;
                while ((message = next()) != null) {
                    body.write(message.getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
            } catch (IOException e) {
                // the page has gone away
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                clients.remove(this);
                exchange.close();
            }
        }

        /** The next thing to write: an event, a heartbeat after a quiet while, or null when stopped. */
        private synchronized String next() throws InterruptedException {
            long deadline = System.nanoTime() + heartbeatNanos;
            while (pending == null && !stopped) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return ": ping\n\n";
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            if (stopped) return null;
            String message = pending;
            pending = null;
            return message;
        }
    }
}
