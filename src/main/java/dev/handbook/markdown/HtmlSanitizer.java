package dev.handbook.markdown;

import dev.handbook.text.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * What raw HTML in Markdown may contain: ordinary markup (tables, abbreviations, figures, details)
 * but no scripts, event handlers, iframes, forms or styles, and URLs only as the {@link UrlPolicy}
 * allows. The markup is one safelist ({@link #MARKUP}, tags and attribute names); the URLs in it are
 * judged by the policy on top ({@link UrlCheckedSafelist}), so that what is reported as a dropped URL and
 * what is reported as other active content are told apart.
 */
public final class HtmlSanitizer {
    /** Tags and attributes by name: jsoup's relaxed list and ours, without jsoup's protocol lists (the policy decides). */
    private static final Safelist MARKUP = new Safelist()
            .addTags("a", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "div", "dl", "dt",
                    "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li", "ol", "p", "pre", "q", "small", "span",
                    "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul")
            .addTags("abbr", "aside", "details", "summary", "figure", "figcaption", "mark", "small", "del", "ins",
                    "kbd", "samp", "var", "section", "hr", "wbr", "time", "bdi", "bdo", "ruby", "rt", "rp", "caption",
                    "colgroup", "col")
            .addTags("picture", "source")
            .addAttributes(":all", "id", "class", "title", "lang", "dir", "role", "aria-label", "aria-describedby", "hidden")
            .addAttributes("a", "href", "title", "rel", "hreflang")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("col", "span", "width")
            .addAttributes("colgroup", "span", "width")
            .addAttributes("img", "align", "alt", "height", "src", "srcset", "sizes", "title", "width")
            .addAttributes("source", "src", "srcset", "sizes", "media", "type", "width", "height")
            .addAttributes("ol", "start", "type", "reversed")
            .addAttributes("li", "value")
            .addAttributes("ul", "type")
            .addAttributes("table", "summary", "width")
            .addAttributes("th", "abbr", "axis", "colspan", "rowspan", "scope", "width")
            .addAttributes("td", "abbr", "axis", "colspan", "rowspan", "width")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("details", "open")
            .preserveRelativeLinks(true);
    private static final Safelist SAFELIST = new UrlCheckedSafelist(MARKUP);
    private static final String BASE = "https://handbook.invalid/";
    private static final Pattern CLOSING_TAG = Pattern.compile("</\\s*([a-zA-Z][a-zA-Z0-9-]*)\\s*>");

    private HtmlSanitizer() {}

    /**
     * A URL that {@link #clean} removes from an element it keeps.
     *
     * @param line 1-based line within the HTML
     * @param column 1-based column within that line
     */
    public record DroppedUrl(String attribute, String url, UrlPolicy.Use use, int line, int column) {}

    /** Whether {@link #clean} keeps elements named {@code tag} (lowercase). */
    static boolean keepsTag(String tag) {
        return MARKUP.isSafeTag(tag);
    }

    /** Whether the HTML holds nothing that {@link #clean} would remove. */
    public static boolean isSafe(String html) {
        return Jsoup.isValid(html, SAFELIST) && !hasConditionalComment(html);
    }

    /** Whether the HTML holds active content other than URLs that the policy drops: tags, attributes, comments. */
    public static boolean hasActiveMarkup(String html) {
        return !Jsoup.isValid(html, MARKUP) || hasConditionalComment(html);
    }

    /**
     * Whether one inline tag, as flexmark hands it over ({@code <abbr title="x">} or {@code </abbr>}),
     * is allowed with all its attributes. Whole-fragment validation would reject the unclosed tag itself.
     */
    public static boolean isSafeTag(String tag) {
        return isSafeTag(tag, SAFELIST);
    }

    /** As {@link #hasActiveMarkup}, for one inline tag. */
    public static boolean isActiveTag(String tag) {
        return !isSafeTag(tag, MARKUP);
    }

    /** The URLs in {@code html} that {@link #clean} removes from elements it keeps, where they stand. */
    public static List<DroppedUrl> droppedUrls(String html) {
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, BASE);
        List<DroppedUrl> dropped = new ArrayList<>();
        for (Element el : doc.body().getAllElements()) {
            if (el == doc.body() || !MARKUP.isSafeTag(el.normalName())) continue;
            for (Attribute attribute : el.attributes()) {
                if (MARKUP.isSafeAttribute(el.normalName(), el, attribute)
                        && !HtmlUrls.allows(el.normalName(), attribute.getKey(), attribute.getValue())) {
                    Range.Position at = position(el, attribute);
                    dropped.add(new DroppedUrl(attribute.getKey(), attribute.getValue(),
                            HtmlUrls.use(el.normalName(), attribute.getKey()), at.lineNumber(), at.columnNumber()));
                }
            }
        }
        return dropped;
    }

    /** The HTML with everything active removed, ordinary markup kept. */
    public static String clean(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, SAFELIST, settings);
    }

    /**
     * One inline tag with what {@link #isSafeTag} would refuse removed: a tag that is not allowed becomes
     * nothing, an allowed one loses its unsafe attributes and keeps the rest, as {@link #clean} does in a
     * block ({@code <a href="javascript:…">} becomes {@code <a>}, an image keeps its {@code alt}).
     */
    public static String cleanTag(String tag) {
        Matcher closing = CLOSING_TAG.matcher(tag.strip());
        if (closing.matches()) {
            String name = closing.group(1).toLowerCase(Locale.ROOT);
            return SAFELIST.isSafeTag(name) ? "</" + name + ">" : "";
        }
        Element element = Jsoup.parseBodyFragment(tag, BASE).body().children().first();
        if (element == null || !SAFELIST.isSafeTag(element.normalName())) return "";
        Element kept = new Element(element.normalName());
        for (Attribute attribute : element.attributes()) {
            if (SAFELIST.isSafeAttribute(element.normalName(), element, attribute)) kept.attr(attribute.getKey(), attribute.getValue());
        }
        String html = new Document("").outputSettings(new Document.OutputSettings().prettyPrint(false)).appendChild(kept).outerHtml();
        String end = "</" + kept.normalName() + ">";
        return html.endsWith(end) ? html.substring(0, html.length() - end.length()) : html;
    }

    private static boolean isSafeTag(String tag, Safelist safelist) {
        Matcher closing = CLOSING_TAG.matcher(tag.strip());
        if (closing.matches()) return safelist.isSafeTag(closing.group(1).toLowerCase(Locale.ROOT));
        Element element = Jsoup.parseBodyFragment(tag, BASE).body().children().first();
        if (element == null) return false;
        if (!safelist.isSafeTag(element.normalName())) return false;
        for (Attribute attribute : element.attributes()) {
            if (!safelist.isSafeAttribute(element.normalName(), element, attribute)) return false;
        }
        return true;
    }

    private static boolean hasConditionalComment(String html) {
        return html.toLowerCase(Locale.ROOT).contains("<!--[if");
    }

    private static Range.Position position(Element el, Attribute attribute) {
        Range.Position at = attribute.sourceRange().nameRange().start();
        return at.isTracked() ? at : el.sourceRange().start();
    }

    /** The markup safelist with every URL attribute judged by the {@link UrlPolicy}. */
    private static final class UrlCheckedSafelist extends Safelist {
        UrlCheckedSafelist(Safelist markup) {
            super(markup);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            return super.isSafeAttribute(tagName, el, attr) && HtmlUrls.allows(tagName, attr.getKey(), attr.getValue());
        }
    }
}
