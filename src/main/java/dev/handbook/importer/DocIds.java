package dev.handbook.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * Docusaurus' names for docs: the id of each doc (its path without extension and number prefixes, the
 * last part replaced by its front matter's {@code id}), and its route (the {@code slug}, else the path;
 * an {@code index}, {@code README} or folder-named doc is its folder's route).
 */
final class DocIds {
    private final Map<String, String> byId = new HashMap<>();

    DocIds(Map<String, SourcePage> pages) {
        for (SourcePage page : pages.values()) {
            String stem = Paths.stem(page.name());
            String own = page.text("id") != null ? page.text("id") : stripPrefix(stem);
            byId.put(Paths.join(strippedFolder(page.folder()), own), page.path());
            byId.putIfAbsent(Paths.join(page.folder(), own), page.path());
            byId.putIfAbsent(Paths.join(page.folder(), stem), page.path());
        }
    }

    /** The doc's path in the docs folder, or null for an id no doc has. */
    String path(String id) {
        String clean = id.startsWith("/") ? id.substring(1) : id;
        return byId.get(clean);
    }

    /** Whether the doc introduces its folder: index, README or named after its folder. */
    static boolean isIndex(SourcePage page) {
        String stem = Paths.stem(page.name());
        String folder = Paths.name(page.folder());
        return stem.equals("index") || stem.equalsIgnoreCase("README")
                || !folder.isEmpty() && stripPrefix(stem).equals(stripPrefix(folder));
    }

    /** The doc's old route, as a folder address: "docs/a/b/" ("docs/" for the root). */
    String route(SourcePage page, String routeBase) {
        String slug = page.text("slug");
        String route;
        if (slug != null) {
            route = slug.startsWith("/") ? slug.substring(1) : Paths.join(strippedFolder(page.folder()), slug);
        } else if (isIndex(page)) {
            route = strippedFolder(page.folder());
        } else {
            route = Paths.join(strippedFolder(page.folder()), stripPrefix(Paths.stem(page.name())));
        }
        route = Paths.join(routeBase, route.replaceAll("/+$", ""));
        return route.isEmpty() ? "" : route + "/";
    }

    static String strippedFolder(String folder) {
        if (folder.isEmpty()) return folder;
        StringBuilder out = new StringBuilder();
        for (String part : folder.split("/")) {
            if (out.length() > 0) out.append('/');
            out.append(stripPrefix(part));
        }
        return out.toString();
    }

    /** A name without Docusaurus' number prefix ("01-intro" gives "intro"). */
    static String stripPrefix(String name) {
        int i = 0;
        while (i < name.length() && Character.isDigit(name.charAt(i))) i++;
        if (i == 0 || i == name.length()) return name;
        int j = i;
        while (j < name.length() && "-_. ".indexOf(name.charAt(j)) >= 0) j++;
        return j == i || j == name.length() ? name : name.substring(j);
    }
}
