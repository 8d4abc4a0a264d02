package dev.handbook.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code Host} headers the preview answers. A page on another site can make the browser's name
 * for its own server point at 127.0.0.1 (DNS rebinding) and then read the preview as if it were its
 * own; the browser still sends that name in {@code Host}. So a request is answered only when it names
 * this server: {@code localhost}, a loopback address ({@code 127.0.0.1}, {@code [::1]}), or the
 * address given with {@code --host}, each with or without a port. When the preview listens on every
 * address ({@code 0.0.0.0}, {@code ::}), the addresses of this computer's network interfaces and its
 * host name (also with {@code .local}) are accepted too, so that colleagues can open it by address or
 * name, while a foreign name is refused as before.
 *
 * <p>Addresses are parsed as literals, never looked up: a Host header causes no DNS query.
 */
final class HostPolicy {
    private static final String LOCALHOST = "localhost";

    private final InetAddress bound;
    private final Set<String> names;

    private HostPolicy(InetAddress bound, Set<String> names) {
        this.bound = bound;
        this.names = Set.copyOf(names);
    }

    /** The policy of a server listening on {@code bound}, which was given as {@code hostOption}. */
    static HostPolicy of(String hostOption, InetAddress bound) {
        Set<String> names = new TreeSet<>();
        names.add(LOCALHOST);
        String given = hostOption.toLowerCase(Locale.ROOT);
        if (literal(given.startsWith("[") ? given : bracketed(given)) == null) names.add(given);
        if (bound.isAnyLocalAddress()) names.addAll(ownNames());
        return new HostPolicy(bound, names);
    }

    /** Whether a request whose Host header is {@code header} (null: none) is meant for this server. */
    boolean allows(String header) {
        if (header == null) return false;
        String host = hostPart(header.toLowerCase(Locale.ROOT));
        if (host == null || host.isEmpty()) return false;
        InetAddress address = literal(host);
        if (address != null) return address.isLoopbackAddress() || address.equals(bound) || (bound.isAnyLocalAddress() && own(address));
        // an IP literal that did not parse is no name either
        return !host.startsWith("[") && names.contains(host);
    }

    /** The names accepted, for the terminal and the README. */
    Set<String> names() {
        return names;
    }

    /** The host of {@code host[:port]} or {@code [v6][:port]}, or null when it is malformed. */
    private static String hostPart(String header) {
        String host = header;
        String port = null;
        if (header.startsWith("[")) {
            int close = header.indexOf(']');
            if (close < 0) return null;
            host = header.substring(0, close + 1);
            String rest = header.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) return null;
                port = rest.substring(1);
            }
        } else {
            int colon = header.indexOf(':');
            if (colon >= 0) {
                host = header.substring(0, colon);
                port = header.substring(colon + 1);
            }
        }
        if (port != null && !isPort(port)) return null;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '[' || c == ']' || c == ':';
            if (!allowed) return null;
        }
        return host;
    }

    private static boolean isPort(String port) {
        if (port.isEmpty()) return true; // "localhost:" is allowed: the port is *DIGIT
        if (port.length() > 5) return false;
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') return false;
        }
        return Integer.parseInt(port) <= 65535;
    }

    private static String bracketed(String host) {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    /**
     * The address that {@code host} writes out: four decimal numbers (never the short forms such as
     * {@code 127.1} that some resolvers take), or an IPv6 address in brackets; null for a name.
     */
    static InetAddress literal(String host) {
        try {
            if (host.startsWith("[") && host.endsWith("]")) {
                String inner = host.substring(1, host.length() - 1);
                if (inner.indexOf(':') < 0) return null;
                for (int i = 0; i < inner.length(); i++) {
                    char c = inner.charAt(i);
                    if (Character.digit(c, 16) < 0 && c != ':' && c != '.') return null;
                }
                return InetAddress.getByName(inner); // a literal with a colon: parsed, not looked up
            }
            String[] parts = host.split("\\.", -1);
            if (parts.length != 4) return null;
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                String part = parts[i];
                if (part.isEmpty() || part.length() > 3) return null;
                for (int j = 0; j < part.length(); j++) {
                    if (part.charAt(j) < '0' || part.charAt(j) > '9') return null;
                }
                int value = Integer.parseInt(part);
                if (value > 255) return null;
                bytes[i] = (byte) value;
            }
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Whether one of this computer's network interfaces has {@code address} (asked anew: addresses change). */
    private static boolean own(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** This computer's host name, its first part and that with {@code .local} (as mDNS names it). */
    private static Set<String> ownNames() {
        Set<String> names = new TreeSet<>();
        try {
            String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            if (literal(bracketed(name)) == null && hostPart(name) != null) {
                names.add(name);
                String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                names.add(first);
                names.add(first + ".local");
            }
        } catch (UnknownHostException e) {
            // no name of its own: its addresses still work
        }
        return names;
    }
}
