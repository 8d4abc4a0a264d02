package dev.handbook.markdown;

import dev.handbook.text.UrlPolicy;
import java.util.Locale;
import java.util.Set;

/**
 * The attributes of HTML that hold URLs, and whether a value may stay under the {@link UrlPolicy}. Every
 * such attribute is judged, whichever tag carries it, so that a tag allowed later cannot bring in a URL
 * unchecked. {@code srcdoc} is HTML rather than a URL and never stays.
 */
final class HtmlUrls {
    private static final Set<String> LINKS = Set.of("href", "src", "action", "formaction", "xlink:href", "cite",
            "background", "data", "codebase", "longdesc", "usemap", "ping", "manifest", "icon", "profile", "archive",
            "classid", "dynsrc", "lowsrc");
    private static final Set<String> IMAGE_TAGS = Set.of("img", "image", "input", "source");

    private HtmlUrls() {}

    /** Whether {@code attribute} holds URLs (or, as {@code srcdoc}, a page that may hold them). */
    static boolean isUrl(String attribute) {
        String key = attribute.toLowerCase(Locale.ROOT);
        return LINKS.contains(key) || key.equals("srcset") || key.equals("poster") || key.equals("srcdoc");
    }

    /** How a URL in {@code attribute} of {@code tag} is used: an image source or anything else. */
    static UrlPolicy.Use use(String tag, String attribute) {
        String key = attribute.toLowerCase(Locale.ROOT);
        boolean image = key.equals("srcset") || key.equals("poster") || key.equals("src") && IMAGE_TAGS.contains(tag);
        return image ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK;
    }

    /** Whether {@code value} may stay in {@code attribute} of {@code tag}; true for an attribute that holds no URL. */
    static boolean allows(String tag, String attribute, String value) {
        String key = attribute.toLowerCase(Locale.ROOT);
        if (key.equals("srcdoc")) return false;
        if (key.equals("srcset")) return allowsSrcset(value);
        return !isUrl(key) || UrlPolicy.allows(value, use(tag, key));
    }

    /**
     * A {@code srcset} holds image candidates, each a URL and descriptors, separated by commas. Every
     * part between spaces and commas is judged as an image URL: descriptors ({@code 2x}, {@code 480w})
     * pass as relative, and the parts of a data URL split at its comma are each judged, the media type
     * with the first, so that no reading of the list can hide a scheme.
     */
    private static boolean allowsSrcset(String value) {
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean separator = i == value.length() || value.charAt(i) == ',' || value.charAt(i) <= ' ';
            if (separator && start >= 0) {
                if (!UrlPolicy.allows(value.substring(start, i), UrlPolicy.Use.IMAGE)) return false;
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return true;
    }
}
