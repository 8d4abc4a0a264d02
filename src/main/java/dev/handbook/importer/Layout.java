package dev.handbook.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the old site's navigation puts things, in the handbook's terms: file names are kept (a README
 * becomes its folder's {@code index.md}, {@code .mdx} becomes {@code .md}) and the order is given by an
 * {@code order:} per page and folder, counted within its folder in the order the navigation first
 * shows it; what the navigation does not show follows, by name. A section's title becomes the title of
 * the folder its pages share.
 */
final class Layout {
    private final Map<String, SourcePage> pages;
    private final Map<String, Integer> pageSeq = new HashMap<>();
    private final Map<String, Integer> folderSeq = new HashMap<>();
    private final Map<String, String> navTitles = new HashMap<>();
    private final Map<String, String> folderTitles = new LinkedHashMap<>();
    private final Map<String, Integer> orders = new HashMap<>();
    private final Map<String, String> newPaths = new LinkedHashMap<>();
    private final Set<String> folders = new TreeSet<>();
    private final List<String> notes = new ArrayList<>();
    private int seq;

    Layout(OldSite site, Map<String, SourcePage> pages) {
        this.pages = pages;
        for (String path : pages.keySet()) {
            for (String folder = Paths.parent(path); !folder.isEmpty(); folder = Paths.parent(folder)) folders.add(folder);
        }
        walk(site.nav(), "");
        site.folderTitles().forEach(folderTitles::putIfAbsent);
        for (String path : pages.keySet()) newPaths.put(path, newPath(path));
        if (!site.nav().isEmpty()) {
            for (String path : pages.keySet()) {
                if (!pageSeq.containsKey(path) && !isIndex(path)) notes.add(path + ": not in the navigation; placed after the pages that are");
            }
        }
        number("");
        for (String folder : folders) number(folder);
    }

    /** The path the page gets in the content folder. */
    String newPath(String path) {
        String folder = Paths.parent(path);
        String name = Paths.name(path);
        String stem = Paths.stem(name);
        if (stem.equalsIgnoreCase("README") && !hasIndex(folder, path)) return Paths.join(folder, "index.md");
        if (stem.equals("index")) return Paths.join(folder, "index.md");
        return path.endsWith(".md") ? path : Paths.join(folder, stem + ".md");
    }

    Map<String, String> newPaths() {
        return newPaths;
    }

    /** The page that introduces {@code folder} ("" for the home page), or null when it has none. */
    String indexOf(String folder) {
        for (String path : pages.keySet()) {
            if (Paths.parent(path).equals(folder) && isIndex(path)) return path;
        }
        return null;
    }

    /** Whether the page becomes its folder's index.md. */
    boolean isIndex(String path) {
        return Paths.name(newPath(path)).equals("index.md");
    }

    Set<String> folders() {
        return folders;
    }

    String navTitle(String path) {
        return navTitles.get(path);
    }

    String folderTitle(String folder) {
        return folderTitles.get(folder);
    }

    /** The order of a page or folder within its folder, or null for an index page (its folder's is asked apart). */
    Integer order(String pathOrFolder) {
        return orders.get(pathOrFolder);
    }

    List<String> notes() {
        return notes;
    }

    private boolean hasIndex(String folder, String except) {
        for (String path : pages.keySet()) {
            if (!path.equals(except) && Paths.parent(path).equals(folder) && Paths.stem(Paths.name(path)).equals("index")) return true;
        }
        return false;
    }

    private void walk(List<NavItem> items, String parentFolder) {
        for (NavItem item : items) {
            if (item instanceof NavItem.Page page) {
                place(page);
            } else if (item instanceof NavItem.Section section) {
                List<String> inside = new ArrayList<>();
                collect(section, inside);
                String common = commonFolder(inside);
                if (section.indexPath() != null) place(new NavItem.Page(section.indexPath(), null));
                boolean own = common != null && !common.equals(parentFolder)
                        && (parentFolder.isEmpty() || common.startsWith(parentFolder + "/"));
                if (own && section.title() != null) {
                    folderTitles.putIfAbsent(common, section.title());
                    folderSeq.putIfAbsent(common, seq++);
                } else if (!own && section.title() != null && !inside.isEmpty()) {
                    notes.add("nav: section ‘" + section.title() + "’ has no folder of its own; its pages stay where they are");
                }
                walk(section.items(), own ? common : parentFolder);
            } else if (item instanceof NavItem.Link link) {
                notes.add("nav: link ‘" + (link.title() == null ? "" : link.title() + " → ")
                        + link.url() + "’ is not carried over (a handbook's navigation holds only its own pages)");
            }
        }
    }

    private void place(NavItem.Page page) {
        if (!pages.containsKey(page.path())) return;
        if (pageSeq.putIfAbsent(page.path(), seq++) != null) return;
        if (page.title() != null) navTitles.putIfAbsent(page.path(), page.title());
        for (String folder = Paths.parent(page.path()); !folder.isEmpty(); folder = Paths.parent(folder)) {
            folderSeq.putIfAbsent(folder, seq++);
        }
    }

    private static void collect(NavItem item, List<String> into) {
        if (item instanceof NavItem.Page page) into.add(page.path());
        if (item instanceof NavItem.Section section) {
            if (section.indexPath() != null) into.add(section.indexPath());
            section.items().forEach(child -> collect(child, into));
        }
    }

    /** The deepest folder that holds every page (a page's own folder counts), or null for none. */
    private static String commonFolder(List<String> paths) {
        String common = null;
        for (String path : paths) {
            String folder = Paths.parent(path);
            if (common == null) {
                common = folder;
                continue;
            }
            while (!common.isEmpty() && !folder.equals(common) && !folder.startsWith(common + "/")) common = Paths.parent(common);
        }
        return common;
    }

    /** Gives the pages and subfolders of {@code folder} their order: 1, 2, 3, ... */
    private void number(String folder) {
        record Child(String key, int seq, String name) {}
        List<Child> children = new ArrayList<>();
        for (String path : pages.keySet()) {
            if (Paths.parent(path).equals(folder) && !isIndex(path)) {
                children.add(new Child(path, pageSeq.getOrDefault(path, Integer.MAX_VALUE), Paths.name(path)));
            }
        }
        for (String sub : folders) {
            if (Paths.parent(sub).equals(folder)) children.add(new Child(sub, folderSeq.getOrDefault(sub, Integer.MAX_VALUE), Paths.name(sub)));
        }
        children.sort(Comparator.comparingInt(Child::seq).thenComparing(Child::name));
        for (int i = 0; i < children.size(); i++) orders.put(children.get(i).key(), i + 1);
    }
}
