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
        for (Element el : body.select("[id]")) el.attr("id", anchors.inPage(pagePath, el.id()));
        for (Element el : body.select("[aria-labelledby]")) {
            el.attr("aria-labelledby", anchors.inPage(pagePath, el.attr("aria-labelledby")));
        }
        // a glossary term is described by its popover
        for (Element el : body.select("[aria-describedby]")) {
            el.attr("aria-describedby", anchors.inPage(pagePath, el.attr("aria-describedby")));
        }
        // content tabs: each tab names the panel it controls
        for (Element el : body.select("[aria-controls]")) el.attr("aria-controls", anchors.inPage(pagePath, el.attr("aria-controls")));
        for (Element link : body.select("a[href]")) rewriteLink(pagePath, link);
        for (Element img : body.select("img[src], source[src]")) {
            String src = img.attr("src");
            if (!Urls.isExternal(src)) img.attr("src", sitePath(pagePath, src));
        }
        for (Element img : body.select("img[srcset], source[srcset]")) {
            img.attr("srcset", Srcset.map(img.attr("srcset"), url -> Urls.isExternal(url) ? url : sitePath(pagePath, url)));
        }
        // paper cannot unfold a collapsible callout: it prints open
        for (Element details : body.select("details")) details.attr("open", true);
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(6, titleLevel + Integer.parseInt(heading.tagName().substring(1)) - 1);
            heading.tagName("h" + level);
        }
        return body.html();
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
