package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.SitePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the URLs of a built site whose scheme is outside the allow-list: in every attribute of every HTML
 * file that can hold a URL, in the addresses of {@code toc.js} and in those of the search index. The
 * scheme is read as a browser reads it (written independently of the tool's own policy, so that a fault
 * in the one is caught by the other), with every ASCII control character and space before the colon
 * removed: {@code http}, {@code https}, {@code mailto}, {@code tel} and no scheme pass; {@code data:} only
 * as a raster image in an image source; {@code srcdoc} never.
 */
public final class SiteUrls {
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "action", "formaction", "xlink:href", "cite",
            "background", "data", "codebase", "longdesc", "ping");
    private static final Set<String> IMAGE_ATTRIBUTES = Set.of("src", "poster", "srcset");
    private static final Set<String> SCHEMES = Set.of("", "http", "https", "mailto", "tel");
    private static final Set<String> RASTER = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    private static final String SEARCH_PART = "(window.handbookSearchData=window.handbookSearchData||{})[\"";

    private SiteUrls() {}

    /** Fails, naming each one, when the site holds a URL with a scheme outside the allow-list. */
    public static void assertNoForbiddenSchemes(Path site) {
        assertThat(forbidden(site)).as("URLs with a forbidden scheme in %s", site).isEmpty();
    }

    /** Every URL of the site with a scheme outside the allow-list, as {@code file: attribute=value}. */
    public static List<String> forbidden(Path site) {
        List<String> found = new ArrayList<>();
        for (String html : Fixtures.htmlFiles(site)) found.addAll(forbidden(html, Fixtures.page(site, html)));
        Path toc = site.resolve(SitePaths.TOC_SCRIPT);
        if (Files.exists(toc)) {
            Object entries = ParsedJson.assigned(read(toc), "window.handbookToc=");
            for (Object list : ParsedJson.asObject(entries).values()) {
                for (Map<String, Object> entry : ParsedJson.asObjects(list)) check(SitePaths.TOC_SCRIPT, String.valueOf(entry.get("u")), found);
            }
        }
        for (String file : Fixtures.files(site)) {
            if (!file.startsWith(SitePaths.SEARCH_INDEX) || !file.endsWith(".js")) continue;
            String script = read(site.resolve(file));
            String name = file.substring(SitePaths.SEARCH_INDEX.length(), file.length() - ".js".length());
            if (!name.startsWith("d")) continue; // documents; the other parts hold terms and settings, no addresses
            Object documents = ParsedJson.assigned(script, SEARCH_PART + name + "\"]=");
            for (Object document : (List<?>) documents) check(file, String.valueOf(((List<?>) document).get(0)), found);
        }
        return found;
    }

    /** Every URL of one page with a scheme outside the allow-list, as {@code file: <tag attribute=value>}. */
    public static List<String> forbidden(String file, Document doc) {
        List<String> found = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            for (Attribute attribute : el.attributes()) {
                if (!allowed(el.normalName(), attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue())) {
                    found.add(file + ": <" + el.normalName() + " " + attribute.getKey() + "=" + attribute.getValue() + ">");
                }
            }
        }
        return found;
    }

    private static void check(String file, String url, List<String> found) {
        if (!SCHEMES.contains(scheme(url))) found.add(file + ": " + url);
    }

    private static boolean allowed(String tag, String attribute, String value) {
        if (attribute.equals("srcdoc")) return false;
        if (LINK_ATTRIBUTES.contains(attribute) || attribute.equals("src") && !tag.equals("img")) {
            return SCHEMES.contains(scheme(value));
        }
        if (!IMAGE_ATTRIBUTES.contains(attribute)) return true;
        if (!attribute.equals("srcset")) return isImageSource(value);
        for (String part : value.split("[\\s,]+")) {
            if (!part.isEmpty() && !isImageSource(part)) return false;
        }
        return true;
    }

    private static boolean isImageSource(String url) {
        String scheme = scheme(url);
        if (SCHEMES.contains(scheme)) return true;
        if (!scheme.equals("data")) return false;
        String rest = url.substring(url.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
        int end = rest.length();
        for (char stop : new char[] {';', ','}) if (rest.indexOf(stop) >= 0) end = Math.min(end, rest.indexOf(stop));
        return RASTER.contains(rest.substring(0, end).strip());
    }

    /** The scheme of {@code url} in lower case, or "" when it has none. */
    static String scheme(String url) {
        StringBuilder scheme = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c <= ' ' || c == 0x7f) continue;
            if (c == ':') return scheme.toString().toLowerCase(Locale.ROOT);
            boolean first = scheme.isEmpty();
            if (!(Character.isLetter(c) && c < 128 || !first && (Character.isDigit(c) && c < 128 || "+-.".indexOf(c) >= 0))) return "";
            scheme.append(c);
        }
        return "";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
