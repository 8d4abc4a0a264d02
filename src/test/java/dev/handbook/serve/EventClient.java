package dev.handbook.serve;

import static org.assertj.core.api.Assertions.fail;

import dev.handbook.ParsedJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test's open page: reads the preview's server-sent events on a thread of its own into a queue. */
final class EventClient implements AutoCloseable {
    record Event(String name, String data) {
        /** The data, parsed: every event of the preview carries its state as one JSON object. */
        Map<String, Object> json() {
            return ParsedJson.object(data);
        }

        int build() {
            return Math.toIntExact((Long) field("build"));
        }

        String version() {
            return (String) field("version");
        }

        private Object field(String name) {
            Map<String, Object> json = json();
            if (!json.containsKey(name)) throw new AssertionError("no " + name + " in " + data);
            return json.get(name);
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final Thread reader;

    private EventClient(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "test-events");
        reader.setDaemon(true);
        reader.start();
    }

    static EventClient open(HttpClient client, URI base) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/__handbook/events")).timeout(Duration.ofSeconds(20)).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) fail("event stream answered " + response.statusCode());
        return new EventClient(response.body());
    }

    /** The next event named {@code name}, skipping others; fails after {@code timeout}. */
    Event next(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) throw new AssertionError("no '" + name + "' event within " + timeout);
            if (event.name().equals(name)) return event;
        }
    }

    /**
     * The first event that tells of build {@code build} or a later one. Pages are told only the newest
     * state, so one that is slow to read may skip a build in between.
     */
    Event awaitBuild(int build, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) throw new AssertionError("no event of build " + build + " within " + timeout);
            if (event.build() >= build) return event;
        }
    }

    /** Every event that came within {@code window}. */
    java.util.List<Event> drain(Duration window) throws InterruptedException {
        java.util.List<Event> out = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + window.toNanos();
        Event event;
        while ((event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) out.add(event);
        return out;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) events.add(new Event(name, data.toString()));
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    if (data.length() > 0) data.append('\n');
                    data.append(line, 6, line.length());
                }
            }
        } catch (IOException e) {
            // closed by the test or by the server
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // already gone
        }
        reader.interrupt();
    }
}
