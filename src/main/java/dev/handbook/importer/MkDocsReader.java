package dev.handbook.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an MkDocs project: {@code mkdocs.yml} (tags such as {@code !!python/name:} read as plain values,
 * never run), its {@code nav} with nested sections, links elsewhere and the globs of the awesome-pages
 * plugin ({@code ... | onderwerpen/*.md}), and every page's old address (directory URLs by default).
 */
final class MkDocsReader {
    /** Extensions the Markdown engine reads as MkDocs did (or that change nothing in the text). */
    private static final Set<String> KNOWN_EXTENSIONS = Set.of("admonition", "attr_list", "abbr", "md_in_html",
            "footnotes", "toc", "tables", "def_list", "pymdownx.details", "pymdownx.tabbed", "pymdownx.superfences",
            "pymdownx.tasklist", "meta", "markdown.extensions.toc", "markdown.extensions.tables", "sane_lists",
            "pymdownx.tilde", "pymdownx.betterem");
    private static final Set<String> KNOWN_PLUGINS = Set.of("search", "tags", "awesome-pages", "awesome-nav");

    private final Path root;
    private final List<String> notes = new ArrayList<>();

    private MkDocsReader(Path root) {
        this.root = root;
    }

    /** The project file of an MkDocs site in {@code root}, or null. */
    static Path projectFile(Path root) {
        for (String name : List.of("mkdocs.yml", "mkdocs.yaml")) {
            if (Files.isRegularFile(root.resolve(name))) return root.resolve(name);
        }
        return null;
    }

    /** The docs folder mkdocs.yml names (docs_dir), resolved against the project. */
    static Path docsDir(Path root, Map<String, Object> config) {
        Object dir = config.get("docs_dir");
        return root.resolve(dir instanceof String s ? s : "docs").normalize();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> config(Path file) throws ImportException {
        try {
            Object yaml = LooseYaml.load(Files.readString(file, StandardCharsets.UTF_8));
            if (yaml instanceof Map<?, ?> map) return (Map<String, Object>) map;
            throw new ImportException("import.project-unreadable", false, file, "not a map of settings");
        } catch (LooseYaml.Failure e) {
            throw new ImportException("import.project-unreadable", false, file + (e.line > 0 ? ":" + e.line : ""), e.getMessage());
        } catch (IOException e) {
            throw new ImportException("import.project-unreadable", false, file, String.valueOf(e.getMessage()));
        }
    }

    static OldSite read(Path root, Map<String, Object> config, Set<String> pages) {
        return new MkDocsReader(root).site(config, pages);
    }

    private OldSite site(Map<String, Object> config, Set<String> pages) {
        Object theme = config.get("theme");
        String language = JsLiteral.text(theme, "language");
        if (language == null) language = JsLiteral.text(theme, "locale");
        if (language == null) language = JsLiteral.text(config.get("extra"), "language");
        String repo = text(config, "repo_url");
        String editUri = text(config, "edit_uri");
        String edit = editUri == null || repo == null || editUri.matches("(?i)https?://.*") ? editUri
                : (repo.endsWith("/") ? repo : repo + "/") + (editUri.startsWith("/") ? editUri.substring(1) : editUri);
        String siteUrl = text(config, "site_url");
        SiteSettings settings = new SiteSettings(text(config, "site_name"), null, text(config, "site_description"),
                language, repo, edit, siteUrl, basePath(siteUrl));
        boolean directoryUrls = !Boolean.FALSE.equals(config.get("use_directory_urls"));
        Map<String, String> addresses = new LinkedHashMap<>();
        for (String page : pages) addresses.put(page, address(page, directoryUrls));
        List<NavItem> nav;
        if (config.get("nav") instanceof List<?> list) {
            Set<String> explicit = new LinkedHashSet<>();
            collectExplicit(list, explicit);
            nav = items(list, pages, explicit);
        } else {
            nav = List.of();
        }
        siteNotes(config, theme);
        AutoAppend.Abbreviations abbreviations = AutoAppend.abbreviations(root, docsDir(root, config), config, notes);
        return new OldSite(OldSite.Kind.MKDOCS, settings, nav, addresses, Map.of(), Map.of(), null, notes, true, abbreviations);
    }

    private static String text(Map<String, Object> config, String key) {
        Object value = config.get(key);
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** The path part of the site's URL ("/Algoritmekader/"), "/" without one. */
    static String basePath(String url) {
        if (url == null) return "/";
        String rest = url.replaceFirst("(?i)^https?://[^/]*", "");
        if (rest.isEmpty()) return "/";
        return rest.endsWith("/") ? rest : rest + "/";
    }

    /** The page's address as MkDocs gave it: "a/b/" with directory URLs, "a/b.html" without. */
    static String address(String page, boolean directoryUrls) {
        String folder = Paths.parent(page);
        String stem = Paths.stem(Paths.name(page));
        boolean index = stem.equals("index") || stem.equalsIgnoreCase("README");
        if (directoryUrls) return index ? (folder.isEmpty() ? "" : folder + "/") : Paths.join(folder, stem) + "/";
        return Paths.join(folder, index ? "index.html" : stem + ".html");
    }

    private void collectExplicit(List<?> list, Set<String> explicit) {
        for (Object item : list) {
            Object value = item instanceof Map<?, ?> map && map.size() == 1 ? map.values().iterator().next() : item;
            if (value instanceof List<?> nested) collectExplicit(nested, explicit);
            else if (value instanceof String s && !isGlob(s) && !isUrl(s)) explicit.add(clean(s));
        }
    }

    private List<NavItem> items(List<?> list, Set<String> pages, Set<String> explicit) {
        List<NavItem> items = new ArrayList<>();
        for (Object item : list) {
            String title = null;
            Object value = item;
            if (item instanceof Map<?, ?> map && map.size() == 1) {
                Map.Entry<?, ?> entry = map.entrySet().iterator().next();
                title = String.valueOf(entry.getKey());
                value = entry.getValue();
            }
            if (value instanceof List<?> nested) {
                List<NavItem> children = items(nested, pages, explicit);
                items.add(new NavItem.Section(title, indexOf(children), children));
            } else if (value instanceof String s && isUrl(s)) {
                items.add(new NavItem.Link(title, s));
            } else if (value instanceof String s && isGlob(s)) {
                for (String page : glob(s, items, pages, explicit)) items.add(new NavItem.Page(page, null));
            } else if (value instanceof String s) {
                String page = clean(s);
                if (pages.contains(page)) items.add(new NavItem.Page(page, title));
                else if (pages.contains(Paths.join(page, "index.md"))) items.add(new NavItem.Page(Paths.join(page, "index.md"), title));
                else notes.add("nav: ‘" + s + "’ " + "names no page in the docs folder");
            } else {
                notes.add("nav: ‘" + item + "’ is not a page, a section or a link");
            }
        }
        return items;
    }

    private static String indexOf(List<NavItem> children) {
        for (NavItem child : children) {
            if (child instanceof NavItem.Page page) {
                String stem = Paths.stem(Paths.name(page.path()));
                if (stem.equals("index") || stem.equalsIgnoreCase("README")) return page.path();
                return null;
            }
        }
        return null;
    }

    private static boolean isUrl(String s) {
        return s.matches("(?i)[a-z][a-z0-9+.-]*:.*") || s.startsWith("//");
    }

    private static boolean isGlob(String s) {
        return s.strip().startsWith("...") || s.contains("*") || s.contains("?") && !s.contains("://");
    }

    private static String clean(String s) {
        String path = s.strip();
        while (path.startsWith("./")) path = path.substring(2);
        if (path.startsWith("/")) path = path.substring(1);
        return path;
    }

    /**
     * The pages a glob names, by name, leaving out those the nav names elsewhere: "... | onderwerpen/*.md"
     * as awesome-pages writes it, "..." alone for the rest of the folder of the pages before it.
     */
    private List<String> glob(String pattern, List<NavItem> before, Set<String> pages, Set<String> explicit) {
        String glob = pattern.strip();
        if (glob.startsWith("...")) glob = glob.substring(3).strip();
        if (glob.startsWith("|")) glob = glob.substring(1).strip();
        if (glob.startsWith("glob=")) glob = glob.substring(5).strip();
        if (glob.isEmpty()) {
            String folder = "";
            for (NavItem item : before) if (item instanceof NavItem.Page p) folder = Paths.parent(p.path());
            glob = folder.isEmpty() ? "*.md" : folder + "/*.md";
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + clean(glob));
        List<String> matched = new ArrayList<>();
        for (String page : pages) {
            if (!explicit.contains(page) && matcher.matches(Path.of(page))) matched.add(page);
        }
        explicit.addAll(matched);
        return matched;
    }

    private void siteNotes(Map<String, Object> config, Object theme) {
        if (config.get("hooks") instanceof List<?> hooks) {
            for (Object hook : hooks) notes.add("hook ‘" + hook + "’ (Python code run at build time) is not run");
        }
        if (config.get("plugins") instanceof List<?> plugins) {
            for (Object plugin : plugins) {
                String name = plugin instanceof Map<?, ?> map && !map.isEmpty() ? String.valueOf(map.keySet().iterator().next())
                        : String.valueOf(plugin);
                if (!KNOWN_PLUGINS.contains(name)) notes.add("plugin ‘" + name + "’ is not carried over");
            }
        }
        if (config.get("markdown_extensions") instanceof List<?> extensions) {
            for (Object extension : extensions) {
                String name = extension instanceof Map<?, ?> map && !map.isEmpty()
                        ? String.valueOf(map.keySet().iterator().next()) : String.valueOf(extension);
                // snippets: its file of abbreviations is carried over (AutoAppend), its --8<-- lines are noted per page
                if (!KNOWN_EXTENSIONS.contains(name) && !name.equals("pymdownx.snippets")) notes.add("Markdown extension ‘" + name + "’ is not known to the generator");
            }
        }
        for (String key : List.of("extra_css", "extra_javascript")) {
            if (config.get(key) instanceof List<?> files && !files.isEmpty()) {
                notes.add(key + ": " + files.size() + " file(s) not linked into the pages (the theme's own styles and scripts apply)");
            }
        }
        String customDir = JsLiteral.text(theme, "custom_dir");
        if (customDir != null) notes.add("theme.custom_dir ‘" + customDir + "’: template overrides are not carried over");
        if (root.resolve("overrides").toFile().isDirectory() && customDir == null) notes.add("overrides/ is not carried over");
    }
}
