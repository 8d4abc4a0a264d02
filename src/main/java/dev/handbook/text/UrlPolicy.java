package dev.handbook.text;

import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Which URLs the site may carry, for every URL that a page body puts into the site: links, images and
 * the URL attributes of raw HTML. Allowed are http, https, mailto, tel and URLs without a scheme
 * (relative to the page, {@code #anchor}, {@code //host}); {@code data:} only as the source of a raster
 * image (png, jpeg, gif, webp), never as a link and never SVG, which can hold script.
 *
 * <p>The scheme is read as a browser reads it, and then more strictly: HTML character references
 * (named, decimal and hexadecimal, with or without the semicolon) are decoded once more than the
 * attribute's own decoding, every ASCII control character and space before the scheme's colon is
 * removed (browsers drop tabs and newlines anywhere, and leading controls and spaces), and case is
 * folded. A scheme is {@code [a-zA-Z][a-zA-Z0-9+.-]*} before a {@code :} that comes before any
 * {@code /}, {@code ?} or {@code #} (WHATWG URL); anything else is a relative URL, such as
 * {@code a/b:c} or {@code ./notes:2024.md}.
 *
 * <p>It runs on every URL of every page: one pass over the characters up to the scheme's end, no
 * regular expression, and entities are decoded only when the URL holds an {@code &}.
 */
public final class UrlPolicy {
    /** Where a URL is used: a link (or any other URL attribute) or the source of an image. */
    public enum Use { LINK, IMAGE }

    /** What a link may lead to, for messages. */
    public static final String ALLOWED = "http:, https:, mailto:, tel:";
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> RASTER_IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    private static final int SHOWN_LENGTH = 80;

    private UrlPolicy() {}

    /** Whether {@code url}, as it will stand in the attribute (after the attribute's own decoding), may be used so. */
    public static boolean allows(String url, Use use) {
        String decoded = url.indexOf('&') >= 0 ? Parser.unescapeEntities(url, true) : url;
        int colon = schemeEnd(decoded);
        if (colon < 0) return true;
        String scheme = folded(decoded, 0, colon);
        if (SCHEMES.contains(scheme)) return true;
        return use == Use.IMAGE && scheme.equals("data") && RASTER_IMAGES.contains(mediaType(decoded, colon + 1));
    }

    /**
     * {@code url} as a message shows it: control characters as visible symbols (a tab as ␉), so that
     * the editor sees what the browser would have dropped, and no longer than 80 characters (a data
     * URL can be megabytes).
     */
    public static String shown(String url) {
        StringBuilder out = new StringBuilder(Math.min(url.length(), SHOWN_LENGTH + 1));
        for (int i = 0; i < url.length() && out.length() < SHOWN_LENGTH; i++) {
            char c = url.charAt(i);
            out.append(c < 0x20 ? (char) (0x2400 + c) : c == 0x7f ? '\u2421' : c);
        }
        if (url.length() > SHOWN_LENGTH) out.append('…');
        return out.toString();
    }

    /** The index of the colon that ends the scheme of {@code url}, or -1 when it has none (a relative URL). */
    private static int schemeEnd(String url) {
        boolean first = true;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (isDropped(c)) continue;
            if (c == ':') return first ? -1 : i;
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (first ? !letter : !(letter || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return -1;
            first = false;
        }
        return -1;
    }

    /** The characters of {@code url} from {@code start} to {@code end} without the dropped ones, in lower case. */
    private static String folded(String url, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (!isDropped(c)) out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /** The media type of a data URL whose content starts at {@code start}: up to its first {@code ;} or {@code ,}. */
    private static String mediaType(String url, int start) {
        int end = start;
        while (end < url.length() && url.charAt(end) != ';' && url.charAt(end) != ',') end++;
        return folded(url, start, end);
    }

    /** An ASCII control character or space: browsers drop some of them anywhere, so the policy drops them all. */
    private static boolean isDropped(char c) {
        return c <= 0x20 || c == 0x7f;
    }
}
