package dev.handbook.serve;

import java.time.Duration;

/**
 * What one request may take of the preview, and the settings of the JDK's HTTP server that hold it.
 *
 * <p>The JDK server ({@code com.sun.net.httpserver}, Java 17) reads the request line and the headers on a
 * worker thread, not on its one dispatcher thread; the dispatcher only accepts and waits (with a
 * selector) until a connection's first bytes arrive. So a client that sends half a request holds one
 * worker, and the preview's workers grow with the requests ({@link #WORKERS} at most) instead of being a
 * fixed few, and a request whose line, headers and body have not all arrived within
 * {@link #REQUEST_TIME} is closed by the server ({@code sun.net.httpserver.maxReqTime}). A connection
 * that sends nothing holds no worker and is closed after the idle interval (30 s by default). The
 * time to send a response is not limited ({@code maxRspTime} stays off), because an event stream is a
 * response that lasts as long as its page is open.
 *
 * <p>The JDK server closes the connection without an answer for a request whose headers pass its
 * own limits (here {@link #JDK_HEADER_LINES} lines or {@code sun.net.httpserver.maxReqHeaderSize},
 * 380 KiB by default, the request line included). The preview's own limits lie well below them, so an
 * oversized request gets an answer ({@link RequestGuard}: 414, 431) rather than a reset.
 *
 * <p>These are system properties, read once when the JVM first makes an HTTP server; a value given on
 * the command line ({@code -Dsun.net.httpserver.maxReqTime=30}) is kept.
 */
final class HttpLimits {
    /** Longest request target answered (414 beyond). */
    static final int MAX_URL_CHARS = 8 * 1024;
    /** Most header lines answered (431 beyond); a browser sends about 15. */
    static final int MAX_HEADER_LINES = 100;
    /** Largest header section answered, names, values and line ends (431 beyond): room for many cookies. */
    static final int MAX_HEADER_BYTES = 32 * 1024;
    /** How long a request may take to arrive whole. */
    static final Duration REQUEST_TIME = Duration.ofSeconds(10);
    /** Most open connections; beyond it the server closes new ones at once. */
    static final int MAX_CONNECTIONS = 1024;
    /** Most requests being read or answered at once (an open event stream is not one of them). */
    static final int WORKERS = 512;
    /** The JDK's own limit on header lines, above ours so that ours answers first. */
    static final int JDK_HEADER_LINES = 1000;

    private HttpLimits() {}

    /** Sets the JDK server's properties that are not set yet; must run before the first server is made. */
    static void applyToJdkServer() {
        setIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_TIME.toSeconds()));
        setIfAbsent("sun.net.httpserver.maxReqHeaders", String.valueOf(JDK_HEADER_LINES));
        setIfAbsent("jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS));
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) System.setProperty(name, value);
    }
}
