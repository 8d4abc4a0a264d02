package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.handbook.check.Bundle;
import dev.handbook.output.OutputFile;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Answers requests for the files of the site being previewed: the last good build, as {@code build}
 * writes it ({@link SiteFiles}), with the preview's own step on the way to the browser, the live-reload
 * script ({@link LiveReload}). Anything else is a 404.
 */
final class SiteHandler {
    private final Supplier<BuildState> state;
    /** Puts the "Bewerken" button into every page with {@code --edit}; null without. */
    private final EditorTag editor;

    SiteHandler(Supplier<BuildState> state, EditorTag editor) {
        this.state = state;
        this.editor = editor;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!Responses.isRead(exchange)) {
            Responses.methodNotAllowed(exchange, "GET, HEAD");
            return;
        }
        // one state per request: the file and the version the page is told about belong together
        BuildState current = state.get();
        Bundle messages = Bundle.editor(current.language());
        if (current.site() == null) {
            Responses.send(exchange, 503, ContentTypes.HTML, LivePages.notBuilt(current, messages));
            return;
        }
        RequestPaths.Target target = RequestPaths.resolve(current.site(), exchange.getRequestURI());
        switch (target.kind()) {
            case REDIRECT -> Responses.redirect(exchange, target.location());
            case FILE -> {
                byte[] body = current.site().read(target.path());
                if (body == null) {
                    Responses.send(exchange, 404, ContentTypes.HTML, LivePages.notFound(current, messages));
                    return;
                }
                OutputFile served = new LiveReload(current.version()).apply(new OutputFile.Generated(target.path(), body));
                if (editor != null) served = editor.apply(served, current.site().sourceOf(target.path()));
                Responses.send(exchange, 200, ContentTypes.of(target.path()), served.read());
            }
            default -> Responses.send(exchange, 404, ContentTypes.HTML, LivePages.notFound(current, messages));
        }
    }
}
