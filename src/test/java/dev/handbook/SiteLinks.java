package dev.handbook;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds internal links and sources of a built site that lead nowhere: a missing file or a missing id. */
public final class SiteLinks {
    private SiteLinks() {}

    public static List<String> broken(Path site) {
        List<String> broken = new ArrayList<>();
        for (String html : Fixtures.htmlFiles(site)) {
            Document doc = Fixtures.page(site, html);
            for (Element el : doc.select("[href], [src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                String problem = check(site, html, doc, url);
                if (problem != null) broken.add(html + ": " + url + " (" + problem + ")");
            }
        }
        return broken;
    }

    private static String check(Path site, String from, Document doc, String url) {
        if (url.isEmpty()) return "empty";
        if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
            return url.startsWith("http") || url.startsWith("mailto:") ? null : "scheme";
        }
        if (url.startsWith("/")) return "absolute";
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? site.resolve(from) : site.resolve(from).getParent().resolve(URI.create(path).getPath()).normalize();
        if (!target.startsWith(site)) return "outside";
        if (!Files.isRegularFile(target)) return "missing file";
        if (fragment.isEmpty()) return null;
        Document targetDoc = path.isEmpty() ? doc : Fixtures.page(site, site.relativize(target).toString());
        return targetDoc.getElementById(fragment) == null ? "missing id" : null;
    }
}
