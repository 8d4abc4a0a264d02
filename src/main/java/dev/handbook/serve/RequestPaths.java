package dev.handbook.serve;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Maps a request to a file of the site, or to nothing. The site is a set of paths in memory, so a
 * request can only ever name one of them; on top of that every path segment is decoded once and
 * must be a plain name (no "..", ".", hidden names, slashes, backslashes, colons or NUL, whether
 * written out or percent-encoded), so that odd spellings of a path are refused rather than guessed.
 * A folder is answered by its index.html, never by a listing.
 */
final class RequestPaths {
    enum Kind { FILE, REDIRECT, NOT_FOUND }

    /** @param path the site path of the file to send (FILE); @param location where to go instead (REDIRECT) */
    record Target(Kind kind, String path, String location) {
        static final Target NOT_FOUND = new Target(Kind.NOT_FOUND, null, null);
    }

    private static final String INDEX = "index.html";

    private RequestPaths() {}

    static Target resolve(SiteFiles site, URI uri) {
        // an absolute request target (http://host/x) or a network path (//etc/passwd) is no path of ours
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.isOpaque()) return Target.NOT_FOUND;
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/")) return Target.NOT_FOUND;
        boolean folder = raw.endsWith("/");
        String[] segments = raw.substring(1).split("/", -1);
        int count = folder ? segments.length - 1 : segments.length;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String name = decode(segments[i]);
            if (name == null || !isPlainName(name)) return Target.NOT_FOUND;
            if (i > 0) path.append('/');
            path.append(name);
        }
        String file = path.toString();
        if (folder) {
            String index = file.isEmpty() ? INDEX : file + "/" + INDEX;
            return site.has(index) ? new Target(Kind.FILE, index, null) : Target.NOT_FOUND;
        }
        if (site.has(file)) return new Target(Kind.FILE, file, null);
        // relative links in a folder's index page only work from the folder's own URL
        if (site.has(file + "/" + INDEX)) return new Target(Kind.REDIRECT, null, raw + "/");
        return Target.NOT_FOUND;
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.startsWith(".")) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) return false;
        }
        return true;
    }

    /** Percent-decodes one segment as UTF-8, or null when it is malformed. */
    static String decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < segment.length()) {
            int percent = segment.indexOf('%', i);
            int end = percent < 0 ? segment.length() : percent;
            bytes.writeBytes(segment.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) break;
            if (percent + 2 >= segment.length()) return null;
            int hi = Character.digit(segment.charAt(percent + 1), 16);
            int lo = Character.digit(segment.charAt(percent + 2), 16);
            if (hi < 0 || lo < 0) return null;
            bytes.write(hi * 16 + lo);
            i = percent + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
