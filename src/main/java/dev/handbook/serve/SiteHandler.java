package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.handbook.check.Bundle;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Answers requests for the files of the site being previewed: the last good build, with the
 * live-reload script put into every HTML page on the way out. Anything else is a 404.
 */
final class SiteHandler {
    private final Supplier<BuildState> state;

    SiteHandler(Supplier<BuildState> state) {
        this.state = state;
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
                String type = ContentTypes.of(target.path());
                if (ContentTypes.isHtml(type)) body = LivePages.inject(body, current.version());
                Responses.send(exchange, 200, type, body);
            }
            default -> Responses.send(exchange, 404, ContentTypes.HTML, LivePages.notFound(current, messages));
        }
    }
}
