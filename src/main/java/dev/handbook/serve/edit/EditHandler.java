package dev.handbook.serve.edit;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import dev.handbook.check.Bundle;
import dev.handbook.model.Page;
import dev.handbook.pipeline.Options;
import dev.handbook.scaffold.PageScaffold;
import dev.handbook.scaffold.ScaffoldException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The editor's routes under {@value #PREFIX}, which exist only with {@code serve --edit}: its script,
 * style and CodeMirror (for anyone, like the site's own files), and, for this run's pages only
 * ({@link EditAccess}), a page's source, the check of a draft, saving it, a new page as {@code new}
 * makes it, and an image dropped onto the editor. A refused request changes nothing and gets its
 * reason in the handbook's language, as JSON: {@code {"error": ..., "code": ...}}.
 */
public final class EditHandler {
    public static final String PREFIX = "/_edit/";
    /** Largest draft taken: a page's text with its form, as JSON. */
    static final int MAX_JSON = 2 * 1024 * 1024;
    private static final Map<String, String> ASSETS = Map.of(
            "editor.js", "text/javascript; charset=utf-8",
            "editor.css", "text/css; charset=utf-8",
            "codemirror.min.js", "text/javascript; charset=utf-8");

    private final Path source;
    private final EditAccess access;
    private final ContentFiles files;
    private final PageEditor editor;
    private final Supplier<String> language;
    private final Supplier<List<Page>> pages;
    /** Checks run one at a time: each is a whole check of the handbook, and the editor asks again while typing. */
    private final Object checking = new Object();

    /**
     * @param source the content folder
     * @param pages the pages of the site being previewed, for links and chapters
     */
    public EditHandler(Path source, Options options, Supplier<String> language, Supplier<List<Page>> pages) throws IOException {
        this.source = source;
        this.access = EditAccess.random();
        this.files = new ContentFiles(source);
        this.editor = new PageEditor(source, options, files);
        this.language = language;
        this.pages = pages;
    }

    /** The token the preview's pages carry. */
    public String token() {
        return access.token();
    }

    /** A word of the editor's buttons ("edit": Bewerken, "new-page": Nieuwe pagina), in the handbook's language. */
    public String label(String key) {
        return Bundle.editor(language.get()).text("edit.ui." + key);
    }

    /** Answers a request whose path starts with {@link #PREFIX}. */
    public void handle(HttpExchange exchange) throws IOException {
        String route = exchange.getRequestURI().getRawPath().substring(PREFIX.length());
        String method = exchange.getRequestMethod();
        try {
            if (ASSETS.containsKey(route)) {
                if (!method.equals("GET") && !method.equals("HEAD")) throw new Refusal(405, "edit.method");
                send(exchange, 200, ASSETS.get(route), resource(route));
                return;
            }
            boolean read = route.equals("source") || route.equals("form");
            if (!List.of("source", "form", "check", "save", "new", "image").contains(route)) throw new Refusal(404, "edit.no-route");
            if (!method.equals(read ? "GET" : "POST")) throw new Refusal(405, "edit.method");
            access.check(exchange);
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            switch (route) {
                case "source" -> json(exchange, 200, editor.open(query.get("path"), pages.get(), "1".equals(query.get("raw"))));
                case "form" -> json(exchange, 200, editor.form(pages.get()));
                case "check" -> {
                    PageEditor.Draft draft = draft(body(exchange, MAX_JSON));
                    synchronized (checking) {
                        json(exchange, 200, editor.check(draft));
                    }
                }
                case "save" -> save(exchange, draft(body(exchange, MAX_JSON)));
                case "new" -> create(exchange, JSON.std.mapFrom(text(body(exchange, MAX_JSON))));
                default -> image(exchange, query);
            }
        } catch (Refusal r) {
            refuse(exchange, r);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void save(HttpExchange exchange, PageEditor.Draft draft) throws Refusal, IOException {
        PageEditor.Saved saved = editor.save(draft);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", saved.version());
        if (saved.conflict()) {
            Bundle messages = Bundle.editor(language.get());
            out.put("error", messages.text("edit.conflict", draft.path()));
            out.put("code", "edit.conflict");
            out.put("disk", saved.disk());
            out.put("mine", saved.mine());
            json(exchange, 409, out);
        } else {
            json(exchange, 200, out);
        }
    }

    private void create(HttpExchange exchange, Map<String, Object> request) throws Refusal, IOException {
        String type = string(request.get("type"));
        String title = string(request.get("title"));
        String chapter = string(request.get("chapter"));
        if (!chapter.isEmpty() && !PageEditor.isChapter(pages.get(), chapter)) throw Refusal.bad("edit.no-chapter", chapter);
        try {
            PageScaffold.Created created = new PageScaffold(files.root(), LocalDate.now())
                    .create(type, title, chapter.isEmpty() ? null : chapter);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("path", files.relative(created.file().toRealPath()));
            out.put("fieldsToFill", created.fieldsToFill());
            json(exchange, 201, out);
        } catch (ScaffoldException e) {
            Bundle messages = Bundle.editor(language.get());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", messages.text(e.code(), e.args()));
            out.put("hint", messages.text(e.code() + ".hint", e.args()));
            out.put("code", e.code());
            json(exchange, e.usage() ? 400 : 409, out);
        }
    }

    private void image(HttpExchange exchange, Map<String, String> query) throws Refusal, IOException {
        Path page = files.page(query.get("page"));
        String alt = query.getOrDefault("alt", "").strip();
        if (alt.isEmpty()) throw Refusal.bad("edit.image-alt");
        String name = query.getOrDefault("name", "");
        Path saved = ImageFiles.save(page, name, body(exchange, ImageFiles.MAX_BYTES));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", files.relative(saved));
        out.put("markdown", ImageFiles.markdown(alt, saved));
        json(exchange, 201, out);
    }

    private PageEditor.Draft draft(byte[] body) throws Refusal, IOException {
        Map<String, Object> request;
        try {
            request = JSON.std.mapFrom(text(body));
        } catch (IOException e) {
            throw Refusal.bad("edit.bad-request");
        }
        Map<String, FormValue> values = new LinkedHashMap<>();
        if (request.get("values") instanceof Map<?, ?> given) {
            for (Map.Entry<?, ?> e : given.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (e.getValue() instanceof List<?> items) {
                    List<String> texts = new ArrayList<>();
                    for (Object item : items) texts.add(string(item));
                    values.put(key, FormValue.list(texts));
                } else {
                    values.put(key, FormValue.scalar(string(e.getValue())));
                }
            }
        }
        Object raw = request.get("raw");
        return new PageEditor.Draft(string(request.get("path")), string(request.get("version")), values,
                string(request.get("body")), raw instanceof String text ? text : null);
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String text(byte[] body) throws Refusal {
        try {
            return dev.handbook.config.TextFiles.decode(body);
        } catch (IOException e) {
            throw Refusal.bad("edit.bad-request");
        }
    }

    /** The request's body, up to {@code max} bytes (413 beyond, before more is read than that). */
    private static byte[] body(HttpExchange exchange, int max) throws Refusal, IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > max) throw new Refusal(413, "edit.too-large", max / 1024);
            } catch (NumberFormatException e) {
                throw Refusal.bad("edit.bad-request");
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) throw new Refusal(413, "edit.too-large", max / 1024);
            return bytes;
        }
    }

    private static Map<String, String> query(String raw) throws Refusal {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return query;
        try {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (query.putIfAbsent(key, value) != null) throw Refusal.bad("edit.bad-request");
            }
        } catch (IllegalArgumentException e) {
            throw Refusal.bad("edit.bad-request");
        }
        return query;
    }

    private void refuse(HttpExchange exchange, Refusal refusal) throws IOException {
        Bundle messages = Bundle.editor(language.get());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", messages.text(refusal.key(), refusal.args()));
        out.put("code", refusal.key());
        if (refusal.status() == 405) exchange.getResponseHeaders().set("Allow", "GET, POST");
        json(exchange, refusal.status(), out);
    }

    private static void json(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.std.asBytes(body));
    }

    /** The answer to every request of an editor's route without {@code --edit}: there is nothing to write to. */
    public static void absent(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Allow", "");
        send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        try {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            exchange.close();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EditHandler.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException(name + " is missing from the class path");
            return in.readAllBytes();
        }
    }
}
