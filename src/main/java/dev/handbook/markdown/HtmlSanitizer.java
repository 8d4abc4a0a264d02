package dev.handbook.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * What raw HTML in Markdown may contain: ordinary markup (tables, abbreviations, figures, details)
 * but no scripts, event handlers, {@code javascript:} URLs, iframes, forms or styles.
 */
public final class HtmlSanitizer {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("abbr", "aside", "details", "summary", "figure", "figcaption", "mark", "small", "del", "ins",
                    "kbd", "samp", "var", "section", "hr", "wbr", "time", "bdi", "bdo", "ruby", "rt", "rp", "caption",
                    "colgroup", "col")
            .addAttributes(":all", "id", "class", "title", "lang", "dir", "role", "aria-label", "aria-describedby", "hidden")
            .addAttributes("th", "scope", "colspan", "rowspan", "abbr")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("details", "open")
            .addAttributes("a", "rel", "hreflang")
            .addProtocols("a", "href", "#", "tel")
            .preserveRelativeLinks(true);
    private static final String BASE = "https://handbook.invalid/";
    private static final java.util.regex.Pattern CLOSING_TAG = java.util.regex.Pattern.compile("</\\s*([a-zA-Z][a-zA-Z0-9-]*)\\s*>");

    private HtmlSanitizer() {}

    /** Whether the HTML holds nothing that {@link #clean} would remove. */
    public static boolean isSafe(String html) {
        return Jsoup.isValid(html, SAFELIST) && !html.toLowerCase(java.util.Locale.ROOT).contains("<!--[if");
    }

    /**
     * Whether one inline tag, as flexmark hands it over ({@code <abbr title="x">} or {@code </abbr>}),
     * is allowed with all its attributes. Whole-fragment validation would reject the unclosed tag itself.
     */
    public static boolean isSafeTag(String tag) {
        java.util.regex.Matcher closing = CLOSING_TAG.matcher(tag.strip());
        if (closing.matches()) return SAFELIST.isSafeTag(closing.group(1).toLowerCase(java.util.Locale.ROOT));
        org.jsoup.nodes.Element element = Jsoup.parseBodyFragment(tag, BASE).body().children().first();
        if (element == null) return false;
        if (!SAFELIST.isSafeTag(element.normalName())) return false;
        for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
            if (!SAFELIST.isSafeAttribute(element.normalName(), element, attribute)) return false;
        }
        return true;
    }

    /** The HTML with everything active removed, ordinary markup kept. */
    public static String clean(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, SAFELIST, settings);
    }
}
