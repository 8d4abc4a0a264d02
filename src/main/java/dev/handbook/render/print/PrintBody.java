package dev.handbook.render.print;

import dev.handbook.text.Srcset;
import dev.handbook.text.Urls;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Rewrites one page body for the print page, which stands at the site root: ids get the page's
 * prefix, links to pages and entries become in-page links, images point from the root, headings
 * move down below the page's own title, and external links show their address for paper.
 */
final class PrintBody {
    /** The attributes that name other elements by id, which get the page's prefix as the ids do. */
    private static final List<String> REFERENCES = List.of("aria-labelledby", "aria-describedby", "aria-controls");

    private final PrintAnchors anchors;

    PrintBody(PrintAnchors anchors) {
        this.anchors = anchors;
    }

    /** @param titleLevel the level of the page's own title: the body's h2 goes one below it */
    String rewrite(String pagePath, String html, int titleLevel) {
        return rewrite(pagePath, Jsoup.parseBodyFragment(html).body(), titleLevel);
    }

    /**
     * As {@link #rewrite(String, String, int)}, on the {@code <body>} of a parsed page body, which it
     * changes: read whatever else needs the original before.
     */
    String rewrite(String pagePath, Element body, int titleLevel) {
        body.ownerDocument().outputSettings().prettyPrint(false);
        // one walk over a list taken first: a link may be unwrapped or get its address after it meanwhile
        for (Element el : body.getAllElements()) {
            if (el == body) continue;
            rewriteElement(pagePath, el, titleLevel);
        }
        return body.html();
    }

    private void rewriteElement(String pagePath, Element el, int titleLevel) {
        if (el.hasAttr("id")) el.attr("id", anchors.inPage(pagePath, el.id()));
        // a glossary term is described by its popover; content tabs: each tab names the panel it controls
        for (String reference : REFERENCES) {
            if (el.hasAttr(reference)) el.attr(reference, anchors.inPage(pagePath, el.attr(reference)));
        }
        String tag = el.normalName();
        switch (tag) {
            case "a" -> {
                if (el.hasAttr("href")) rewriteLink(pagePath, el);
            }
            case "img", "source" -> {
                if (el.hasAttr("src")) {
                    String src = el.attr("src");
                    if (!Urls.isExternal(src)) el.attr("src", sitePath(pagePath, src));
                }
                if (el.hasAttr("srcset")) {
                    el.attr("srcset", Srcset.map(el.attr("srcset"), url -> Urls.isExternal(url) ? url : sitePath(pagePath, url)));
                }
            }
            // paper cannot unfold a collapsible callout: it prints open
            case "details" -> el.attr("open", true);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                int level = Math.min(6, titleLevel + (tag.charAt(1) - '0') - 1);
                el.tagName("h" + level);
            }
            default -> { }
        }
    }

    private void rewriteLink(String pagePath, Element link) {
        String href = link.attr("href");
        if (href.startsWith("#")) {
            // the same way as a link from elsewhere: "#" alone, a placeholder, leads to the page's own start
            link.attr("href", anchors.target(pagePath, href.substring(1)));
            return;
        }
        if (Urls.isExternal(href)) {
            if (href.startsWith("http") && !link.text().equals(href)) {
                link.after(new Element("span").addClass("print-url").text(" (" + href + ")"));
            }
            return;
        }
        int hash = href.indexOf('#');
        String path = sitePath(pagePath, hash < 0 ? href : href.substring(0, hash));
        String fragment = hash < 0 ? "" : href.substring(hash + 1);
        String target = anchors.target(path, fragment);
        if (target != null) {
            link.attr("href", target);
        } else if (path.endsWith(".html")) {
            link.unwrap(); // an overview or value page: the print page has no counterpart to go to
        } else {
            link.attr("href", path); // a download next to the page
        }
    }

    /**
     * A URL relative to the page at {@code pagePath}, as a path from the site root, without its query.
     * Read segment by segment rather than by {@link java.net.URI}, which refuses what browsers take in
     * raw HTML (a space, a {@code |}); a {@code ..} above the root stays, so the link leads where it led.
     */
    private static String sitePath(String pagePath, String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        Deque<String> segments = new ArrayDeque<>(List.of(pagePath.split("/", -1)));
        segments.removeLast();
        if (path.startsWith("/")) segments.clear();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (!segments.isEmpty() && !segments.peekLast().equals("..")) segments.removeLast();
                else segments.addLast("..");
                if (last) segments.addLast("");
            } else if (part.equals(".")) {
                if (last) segments.addLast("");
            } else if (!part.isEmpty() || last) {
                segments.addLast(part);
            }
        }
        return String.join("/", segments);
    }
}
