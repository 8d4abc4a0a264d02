package dev.handbook.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the links and images of one page to what the handbook reads: a relative link to the target's
 * {@code .md} file, or to an asset. It understands links as the old site did: to a file
 * ({@code ../a.md}), extension-less and directory-style ({@code ../a/}, {@code a}), from the root of
 * the old site ({@code /Algoritmekader/a/}) or of its route base ({@code /docs/a}), to its own URL, and
 * to {@code static/} and {@code @site/} files, which are copied next to the page. Code is left alone.
 */
final class Links {
    private static final Pattern MARKDOWN = Pattern.compile("\\]\\(\\s*(<[^>\\n]*>|[^)\\s]+)(?=\\s*\\)|\\s+[\"'(])");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*(<[^>\\n]*>|\\S+)");
    private static final Pattern HTML = Pattern.compile("\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");

    private final OldSite site;
    private final Path root;
    private final Path docs;
    private final Set<String> files;
    private final Map<String, String> newPaths;
    private final Map<String, String> routes = new TreeMap<>();
    /** Files from outside the docs folder to copy: path in the content folder to the real file. */
    private final Map<String, Path> copies = new LinkedHashMap<>();
    /** Links of the page being rewritten that now lead to the old site, since what they lead to is not imported. */
    private final List<String> elsewhere = new ArrayList<>();

    Links(OldSite site, Path root, Path docs, Set<String> files, Map<String, String> newPaths) {
        this.site = site;
        this.root = root;
        this.docs = docs;
        this.files = files;
        this.newPaths = newPaths;
        site.addresses().forEach((page, address) -> routes.putIfAbsent(routeKey(address), page));
    }

    Map<String, Path> copies() {
        return copies;
    }

    /** What a page's rewriting gives: the new body and the links it could not resolve, by line. */
    record Result(String body, List<String> unresolved, List<String> toOldSite) {}

    Result rewrite(String pagePath, String body) {
        String newFolder = Paths.parent(newPaths.get(pagePath));
        List<String> unresolved = new ArrayList<>();
        elsewhere.clear();
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        boolean comment = false;
        String fence = "";
        String[] lines = body.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String strip = line.stripLeading();
            if (!fenced && !comment && (strip.startsWith("```") || strip.startsWith("~~~"))) {
                fenced = true;
                fence = strip.substring(0, 3);
            } else if (fenced && strip.startsWith(fence)) {
                fenced = false;
            } else if (comment) {
                comment = !line.contains("-->"); // links in a comment are no links: left as they are
            } else if (!fenced) {
                line = rewriteLine(line, pagePath, newFolder, n + 1, unresolved);
                int open = line.lastIndexOf("<!--");
                comment = open >= 0 && line.indexOf("-->", open) < 0;
            }
            out.append(line);
            if (n < lines.length - 1) out.append('\n');
        }
        return new Result(out.toString(), unresolved, List.copyOf(elsewhere));
    }

    private String rewriteLine(String line, String pagePath, String newFolder, int number, List<String> unresolved) {
        List<int[]> code = new ArrayList<>();
        Matcher spans = CODE_SPAN.matcher(line);
        while (spans.find()) code.add(new int[] {spans.start(), spans.end()});
        TreeMap<Integer, int[]> replace = new TreeMap<>();
        Map<Integer, String> with = new LinkedHashMap<>();
        for (Pattern pattern : List.of(MARKDOWN, REFERENCE, HTML)) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                int group = m.group(1) != null ? 1 : 2;
                int start = m.start(group);
                int end = m.end(group);
                if (inside(code, m.start()) || replace.containsKey(start)) continue;
                String url = m.group(group);
                boolean angled = url.startsWith("<") && url.endsWith(">");
                String target = angled ? url.substring(1, url.length() - 1) : url;
                String resolved = resolve(pagePath, newFolder, target, pattern == HTML);
                if (resolved == null) {
                    if (looksInternal(target)) unresolved.add("line " + number + ": " + target);
                    continue;
                }
                if (resolved.equals(target)) continue;
                replace.put(start, new int[] {start, end});
                with.put(start, angled || resolved.contains(" ") && pattern != HTML ? "<" + resolved + ">" : resolved);
            }
        }
        StringBuilder out = new StringBuilder(line);
        for (Integer start : replace.descendingKeySet()) out.replace(start, replace.get(start)[1], with.get(start));
        return out.toString();
    }

    private static boolean inside(List<int[]> code, int pos) {
        for (int[] span : code) if (pos >= span[0] && pos < span[1]) return true;
        return false;
    }

    private static boolean looksInternal(String url) {
        return !url.isEmpty() && !url.startsWith("#") && !url.startsWith("?") && !url.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !url.startsWith("//")
                && !url.startsWith("{");
    }

    /** The new target of {@code url} on the page, or null when it is not the old site's or leads nowhere. */
    String resolve(String pagePath, String newFolder, String url, boolean html) {
        String link = url;
        String siteUrl = site.settings().siteUrl();
        if (siteUrl != null && link.startsWith(siteUrl) && siteUrl.length() > 8) {
            link = site.settings().basePath() + link.substring(siteUrl.length()).replaceFirst("^/", "");
        }
        if (!looksInternal(link)) return null;
        int cut = indexOfAny(link, "#?");
        String suffix = cut < 0 ? "" : link.substring(cut);
        if (suffix.startsWith("?")) {
            int hash = suffix.indexOf('#');
            suffix = hash < 0 ? "" : suffix.substring(hash);
        }
        String path = decode(cut < 0 ? link : link.substring(0, cut));
        if (path.isEmpty()) return null;
        String target = null;
        if (path.startsWith("@site/")) {
            target = fromRepository(path.substring("@site/".length()), newFolder);
        } else if (path.startsWith("/")) {
            String base = site.settings().basePath();
            String rest = base.length() > 1 && path.startsWith(base) ? path.substring(base.length()) : path.substring(1);
            target = route(rest);
            if (target == null) target = docsFile(rest);
            if (target == null && site.staticDir() != null) target = copy(site.staticDir().resolve(rest), newFolder);
            if (target == null && site.settings().siteUrl() != null && site.settings().siteUrl().matches("(?i)https?://.+")) {
                // a part of the old site that is not imported (a blog, other docs): it stays where it is
                String host = site.settings().siteUrl().replaceFirst("(?i)^(https?://[^/]+).*", "$1");
                elsewhere.add(url);
                return host + (path.startsWith(base) || base.length() <= 1 ? path : base + rest) + suffix;
            }
        } else {
            String folder = Paths.parent(pagePath);
            String asFile = Paths.resolve(folder, path);
            boolean urlFirst = html && site.kind() == OldSite.Kind.MKDOCS && (asFile == null || !files.contains(asFile));
            if (urlFirst) target = fromAddress(pagePath, path);
            if (target == null && asFile != null) target = docsFile(asFile);
            if (target == null && asFile != null) target = fromRepository(root.relativize(docs).toString().replace('\\', '/')
                    + "/" + asFile, newFolder);
            if (target == null && !urlFirst) target = fromAddress(pagePath, path);
        }
        if (target == null) return null;
        String relative = target.startsWith("=") ? target.substring(1) : Paths.relative(newFolder, target);
        return relative + suffix;
    }

    /** The page a link relative to the page's old address leads to (as a browser reads it), or null. */
    private String fromAddress(String pagePath, String path) {
        String address = site.addresses().get(pagePath);
        if (address == null) return null;
        String from = address.endsWith("/") ? address.substring(0, address.length() - 1) : Paths.parent(address);
        String asRoute = Paths.resolve(from, path);
        String target = asRoute == null ? null : route(asRoute);
        String up = Paths.resolve(Paths.parent(from), path);
        return target == null && up != null ? route(up) : target;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** A page or file of the docs folder by its path there, as its new path; also "a" for "a.md" and "a/" for "a/index.md". */
    private String docsFile(String path) {
        String clean = path.replaceAll("/+$", "");
        if (files.contains(clean)) return newPaths.getOrDefault(clean, clean);
        for (String suffix : List.of(".md", ".mdx", "/index.md", "/index.mdx", "/README.md")) {
            String candidate = clean.isEmpty() ? suffix.substring(1) : clean + suffix;
            if (newPaths.containsKey(candidate)) return newPaths.get(candidate);
        }
        return null;
    }

    /** The page at an old address ("a/b/", "docs/a/b", "a/b.html"), as its new path. */
    private String route(String address) {
        String page = routes.get(routeKey(address));
        return page == null ? null : newPaths.get(page);
    }

    private static String routeKey(String address) {
        String key = address.replaceAll("^/+", "");
        if (key.endsWith("index.html")) key = key.substring(0, key.length() - "index.html".length());
        else if (key.endsWith(".html")) key = key.substring(0, key.length() - ".html".length());
        return key.replaceAll("/+$", "");
    }

    /** A file of the repository outside the docs folder, copied next to the page; its link is "=name". */
    private String fromRepository(String path, String newFolder) {
        String clean = Paths.resolve("", path);
        if (clean == null) return null;
        Path file = root.resolve(clean).normalize();
        if (file.startsWith(docs)) {
            String inDocs = docs.relativize(file).toString().replace('\\', '/');
            return docsFile(inDocs);
        }
        return copy(file, newFolder);
    }

    private String copy(Path file, String newFolder) {
        try {
            if (!Files.isRegularFile(file)) return null;
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath()) || Paths.isMarkdown(real.toString())) return null;
            String name = real.getFileName().toString();
            String stem = Paths.stem(name);
            String ext = name.substring(stem.length());
            String candidate = Paths.join(newFolder, name);
            for (int i = 2; (copies.containsKey(candidate) && !copies.get(candidate).equals(real))
                    || files.contains(candidate) && !copies.containsKey(candidate); i++) {
                candidate = Paths.join(newFolder, stem + "-" + i + ext);
            }
            copies.put(candidate, real);
            return "=" + Paths.name(candidate);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
