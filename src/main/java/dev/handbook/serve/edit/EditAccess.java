package dev.handbook.serve.edit;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Who may use the editor's routes: a page of this preview, in this run. Besides the preview's own
 * check of the {@code Host} header, a request must
 * <ul>
 * <li>name a loopback {@code Host} with this server's port ({@code localhost}, {@code 127.0.0.1},
 *     {@code [::1]}): the editor writes files, so it answers on this computer only, whatever
 *     {@code --host} says;</li>
 * <li>come from the preview's own origin, when the browser says ({@code Origin}): another site's page
 *     cannot post to it;</li>
 * <li>carry the token made for this run ({@value #HEADER}), which only the preview's own pages hold: a
 *     page of another site can neither read it nor guess it, and a page left open from an earlier run
 *     no longer writes.</li>
 * </ul>
 */
final class EditAccess {
    static final String HEADER = "X-Handbook-Token";

    private final String token;

    EditAccess(String token) {
        this.token = token;
    }

    /** A new token of 256 random bits. */
    static EditAccess random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new EditAccess(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    String token() {
        return token;
    }

    /** Refuses a request that is not from this run's pages on this computer. */
    void check(HttpExchange exchange) throws Refusal {
        String host = only(exchange.getRequestHeaders().get("Host"));
        int port = exchange.getLocalAddress().getPort();
        if (host == null || !isLoopback(host, port)) throw Refusal.forbidden("edit.host");
        String origin = only(exchange.getRequestHeaders().get("Origin"));
        if (exchange.getRequestHeaders().containsKey("Origin") && (origin == null || !origin.equals("http://" + host))) {
            throw Refusal.forbidden("edit.origin");
        }
        String given = only(exchange.getRequestHeaders().get(HEADER));
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw Refusal.forbidden("edit.token");
        }
    }

    /** Whether {@code host} is {@code localhost}, {@code 127.0.0.1} (any 127.x) or {@code [::1]}, with {@code port}. */
    static boolean isLoopback(String host, int port) {
        String lower = host.toLowerCase(Locale.ROOT);
        String suffix = ":" + port;
        if (!lower.endsWith(suffix)) return false;
        String name = lower.substring(0, lower.length() - suffix.length());
        if (name.equals("localhost") || name.equals("[::1]")) return true;
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) return false;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit) || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String only(List<String> values) {
        return values != null && values.size() == 1 ? values.get(0).strip() : null;
    }
}
