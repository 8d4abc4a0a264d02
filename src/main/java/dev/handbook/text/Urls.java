package dev.handbook.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Relative URLs between files of the site, so that it works on any host path and from file://. */
public final class Urls {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private Urls() {}

    /**
     * The URL that leads from the page at {@code from} to the file at {@code to}, both site paths;
     * {@code to} may end in a {@code #fragment}, which is kept as it is.
     */
    public static String relative(String from, String to) {
        int hash = to.indexOf('#');
        if (hash >= 0) return relative(from, to.substring(0, hash)) + to.substring(hash);
        List<String> fromDirs = new ArrayList<>(Arrays.asList(from.split("/")));
        fromDirs.remove(fromDirs.size() - 1);
        List<String> target = Arrays.asList(to.split("/"));
        int common = 0;
        while (common < fromDirs.size() && common < target.size() - 1 && fromDirs.get(common).equals(target.get(common))) {
            common++;
        }
        StringBuilder url = new StringBuilder();
        for (int i = common; i < fromDirs.size(); i++) url.append("../");
        for (int i = common; i < target.size(); i++) {
            if (i > common) url.append('/');
            url.append(encode(target.get(i)));
        }
        return url.toString();
    }

    /** "../" repeated as deep as the page lies, or "" for a page at the root. */
    public static String root(String from) {
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    public static boolean isExternal(String url) {
        return SCHEME.matcher(url).find() || url.startsWith("//");
    }

    /** {@code path} with its percent-escapes decoded ({@code +} stays a plus), or as it is when they are malformed. */
    public static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
