package dev.handbook.markdown;

import dev.handbook.text.Srcset;
import dev.handbook.text.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The links and image sources of raw HTML that lead into the handbook, as editors write them in
 * Markdown: {@code <a href>}, {@code <img src>}, {@code <source src>} and each candidate of a {@code
 * srcset}. {@link #in} finds them where they stand (for the link check), {@link #rewrite} puts the
 * address each leads to in the site in their place, changing no other character of the HTML, so that
 * raw HTML with only external links comes out byte for byte as it went in. Only URLs the {@link
 * UrlPolicy} lets stay are touched; the sanitiser has removed the others.
 */
final class HtmlLinks {
    private static final Set<String> IMAGE_TAGS = Set.of("img", "source");
    private static final String BASE = "https://handbook.invalid/";
    private static final Pattern ID = Pattern.compile("(?i)\\sid\\s*=");

    private HtmlLinks() {}

    /**
     * A URL in raw HTML that leads into the handbook or out of it.
     *
     * @param line 1-based line within the HTML
     * @param column 1-based column within that line, of the attribute's name
     */
    record Found(String url, boolean image, int line, int column) {}

    /** Where a URL written in raw HTML leads in the site, and whether it is an image source. */
    interface Resolver {
        String href(String url, boolean image);
    }

    /** Whether {@code html} may hold a URL worth looking for: parsing is left out for most raw HTML. */
    static boolean mayHoldLinks(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        return lower.contains("href") || lower.contains("src");
    }

    /**
     * What raw HTML adds to a page's facts: the URLs {@link #rewrite} would resolve, in order, and the
     * ids of the elements the sanitiser keeps, which links may point to as they point to headings.
     */
    record Scan(List<Found> links, List<String> ids) {}

    static Scan scan(String html) {
        List<Found> found = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (!mayHoldLinks(html) && !ID.matcher(html).find()) return new Scan(found, ids);
        for (Element el : parse(html).body().getAllElements()) {
            if (HtmlSanitizer.keepsTag(el.normalName()) && !el.id().isEmpty()) ids.add(el.id());
            for (Attribute attribute : el.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (!isLink(el.normalName(), key)) continue;
                Range.Position at = attribute.sourceRange().nameRange().start();
                if (!at.isTracked()) at = el.sourceRange().start();
                boolean image = IMAGE_TAGS.contains(el.normalName());
                if (!HtmlUrls.allows(el.normalName(), key, attribute.getValue())) continue; // the sanitiser drops it
                for (String url : urls(key, attribute.getValue())) {
                    if (!url.isEmpty() && UrlPolicy.allows(url, image ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK)) {
                        found.add(new Found(url, image, at.lineNumber(), at.columnNumber()));
                    }
                }
            }
        }
        return new Scan(found, ids);
    }

    /**
     * {@code html} (already sanitised) with every link and image source replaced by where {@code
     * resolver} says it leads; a value it leaves as it was keeps its bytes, entities included. A result
     * the policy would not let stay becomes empty, as a Markdown link's does.
     */
    static String rewrite(String html, Resolver resolver) {
        if (!mayHoldLinks(html)) return html;
        record Replacement(int start, int end, String value) {}
        List<Replacement> replacements = new ArrayList<>();
        for (Element el : parse(html).body().getAllElements()) {
            for (Attribute attribute : el.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (!isLink(el.normalName(), key) || attribute.getValue().isEmpty()) continue;
                Range value = attribute.sourceRange().valueRange();
                if (!value.isTracked() || value.endPos() <= value.startPos()) continue;
                boolean image = IMAGE_TAGS.contains(el.normalName());
                String written = attribute.getValue();
                if (!HtmlUrls.allows(el.normalName(), key, written)) continue; // the sanitiser's to remove
                String resolved = key.equals("srcset") ? srcset(written, resolver) : resolve(written.strip(), image, resolver);
                if (!resolved.equals(written)) replacements.add(new Replacement(value.startPos(), value.endPos(), escape(resolved)));
            }
        }
        if (replacements.isEmpty()) return html;
        StringBuilder out = new StringBuilder(html);
        for (int i = replacements.size() - 1; i >= 0; i--) {
            Replacement r = replacements.get(i);
            out.replace(r.start(), r.end(), r.value());
        }
        return out.toString();
    }

    private static String resolve(String url, boolean image, Resolver resolver) {
        UrlPolicy.Use use = image ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK;
        if (!UrlPolicy.allows(url, use)) return url; // the sanitiser's to remove, never this class's to change
        String href = resolver.href(url, image);
        return UrlPolicy.allows(href, use) ? href : "";
    }

    /** Each candidate's URL resolved, its descriptors and the separators between them kept as written. */
    private static String srcset(String value, Resolver resolver) {
        return Srcset.map(value, url -> resolve(url, true, resolver));
    }

    private static List<String> urls(String key, String value) {
        return key.equals("srcset") ? Srcset.urls(value) : List.of(value.strip());
    }

    private static boolean isLink(String tag, String attribute) {
        return switch (attribute) {
            case "href" -> tag.equals("a");
            case "src", "srcset" -> IMAGE_TAGS.contains(tag);
            default -> false;
        };
    }

    /** A value fit for any quoting of the attribute: quotes and markup characters as entities, spaces escaped. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '`' -> out.append("&#96;");
                case '=' -> out.append("&#61;");
                default -> out.append(c <= ' ' ? "%20" : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static Document parse(String html) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(html, BASE);
    }
}
