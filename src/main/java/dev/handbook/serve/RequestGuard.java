package dev.handbook.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.handbook.check.Bundle;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks every request before any route sees it: a request too large is answered 414 (the URL) or 431
 * (the headers), one whose {@code Host} does not name this server 421 ({@link HostPolicy}). Each gets a
 * short page in the handbook's language and the connection stays usable.
 */
final class RequestGuard extends Filter {
    private final HostPolicy hosts;
    private final Supplier<String> language;

    RequestGuard(HostPolicy hosts, Supplier<String> language) {
        this.hosts = hosts;
        this.language = language;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Bundle messages = Bundle.editor(language.get());
        if (exchange.getRequestURI().toString().length() > HttpLimits.MAX_URL_CHARS) {
            refuse(exchange, 414, messages, "page.url-too-long", HttpLimits.MAX_URL_CHARS);
        } else if (headersTooLarge(exchange.getRequestHeaders())) {
            refuse(exchange, 431, messages, "page.headers-too-large", HttpLimits.MAX_HEADER_LINES, HttpLimits.MAX_HEADER_BYTES);
        } else if (!hosts.allows(onlyHost(exchange.getRequestHeaders()))) {
            refuse(exchange, 421, messages, "page.misdirected");
        } else {
            chain.doFilter(exchange);
        }
    }

    @Override
    public String description() {
        return "request size and Host header";
    }

    /** The one Host header, or null when there is none or more than one (which names no single server). */
    private static String onlyHost(Map<String, List<String>> headers) {
        List<String> host = headers.get("Host");
        return host != null && host.size() == 1 ? host.get(0).strip() : null;
    }

    private static boolean headersTooLarge(Map<String, List<String>> headers) {
        int lines = 0;
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                lines++;
                bytes += header.getKey().length() + 2 + value.length() + 2; // "name: value\r\n"
            }
        }
        return lines > HttpLimits.MAX_HEADER_LINES || bytes > HttpLimits.MAX_HEADER_BYTES;
    }

    private static void refuse(HttpExchange exchange, int status, Bundle messages, String key, Object... args) throws IOException {
        byte[] page = LivePages.refused(messages.locale().getLanguage(), messages.text(key + ".title"), messages.text(key, args));
        Responses.send(exchange, status, ContentTypes.HTML, page);
    }
}
