package dev.handbook.importer;

import dev.handbook.content.OutputPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the pages of the new content folder: each old page with its front matter in the handbook's
 * terms (title, summary, order, status, updated, aliases for its old address, its fields) and its body
 * with links resolved, and an {@code index.md} for every folder that had none.
 */
final class PageWriter {
    private final OldSite site;
    private final Layout layout;
    private final Fields fields;
    private final Links links;
    private final Report report;
    private final Path out;
    /** Every address the new site's pages take, so that no alias takes one of them. */
    private final Set<String> taken = new HashSet<>();

    PageWriter(OldSite site, Layout layout, Fields fields, Links links, Report report, Path out) {
        this.site = site;
        this.layout = layout;
        this.fields = fields;
        this.links = links;
        this.report = report;
        this.out = out;
        for (String newPath : layout.newPaths().values()) taken.add(address(newPath));
        for (String folder : layout.folders()) taken.add(address(Paths.join(folder, "index.md")));
        taken.add("index.html");
    }

    /** The page's address in the new site: folders without their number prefix, ".html". */
    static String address(String newPath) {
        String folder = Paths.parent(newPath);
        StringBuilder outDir = new StringBuilder();
        if (!folder.isEmpty()) {
            for (String part : folder.split("/")) {
                if (outDir.length() > 0) outDir.append('/');
                outDir.append(OutputPaths.folderName(part));
            }
        }
        return OutputPaths.page(outDir.toString(), Paths.name(newPath));
    }

    void write(SourcePage page) throws IOException {
        String path = page.path();
        String newPath = layout.newPaths().get(path);
        if (!newPath.equals(path)) report.page(path, "written as " + newPath);
        if (page.frontMatterProblem() != null) report.page(path, "front matter could not be read (" + page.frontMatterProblem() + "); left out");
        Unsupported.Scan scan = Unsupported.scan(page.body(), site.kind() == OldSite.Kind.DOCUSAURUS);
        for (String finding : scan.findings()) report.page(path, shift(finding, page.bodyLine()));
        String body = scan.body();
        String h1 = Headings.leading(body);
        String title = title(page, h1);
        if (h1 != null) {
            if (!h1.equals(title)) report.page(path, "the heading ‘" + h1 + "’ gave way to the title ‘" + title + "’");
            body = Headings.withoutLeadingH1(body);
        }
        Links.Result rewritten = links.rewrite(path, body);
        for (String link : rewritten.toOldSite()) report.page(path, "link ‘" + link + "’ leads to a part of the old site that is not imported; it now points there");
        for (String link : rewritten.unresolved()) report.page(path, shift(link, page.bodyLine()) + " (link left as it was: no page or file there)");

        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", title);
        String summary = page.text("description") != null ? page.text("description") : page.text("summary");
        if (summary != null && !summary.isBlank()) front.put("summary", summary.strip().replaceAll("\\s+", " "));
        Integer order = layout.isIndex(path) ? layout.order(Paths.parent(path)) : layout.order(path);
        if (order != null) front.put("order", order);
        if (Boolean.TRUE.equals(page.frontMatter().get("draft"))) front.put("status", "draft");
        String updated = date(page);
        if (updated != null) front.put("updated", updated);
        List<String> aliases = aliases(page, newPath);
        if (!aliases.isEmpty()) front.put("aliases", aliases);
        Map<String, Object> values = fields.values(page);
        front.putAll(values);
        for (String key : page.frontMatter().keySet()) {
            if (fields.renamed(key) != null && values.containsKey(fields.renamed(key))) {
                report.page(path, "front matter ‘" + key + "’ is the field ‘" + fields.renamed(key) + "’");
            }
        }
        List<String> dropped = fields.dropped(page);
        if (!dropped.isEmpty()) report.page(path, "front matter not carried over: " + String.join(", ", dropped));
        write(newPath, front, rewritten.body());
    }

    /** Writes an index.md for each folder (and the home page) that has none, with its title and order. */
    void writeFolderIndexes() throws IOException {
        List<String> folders = new ArrayList<>(layout.folders());
        folders.add(0, "");
        for (String folder : folders) {
            if (layout.indexOf(folder) != null) continue;
            Map<String, Object> front = new LinkedHashMap<>();
            if (folder.isEmpty()) {
                front.put("title", site.settings().title() != null ? site.settings().title() : "Handbook");
                String about = site.settings().tagline() != null ? site.settings().tagline() : site.settings().description();
                write("index.md", front, about == null ? "" : about + "\n");
                continue;
            }
            String title = layout.folderTitle(folder);
            front.put("title", title != null ? title : pretty(Paths.name(folder)));
            Integer order = layout.order(folder);
            if (order != null) front.put("order", order);
            write(Paths.join(folder, "index.md"), front, "");
        }
    }

    private void write(String newPath, Map<String, Object> front, String body) throws IOException {
        Path file = out.resolve(newPath);
        Files.createDirectories(file.getParent());
        String text = "---\n" + YamlText.of(front) + "---\n" + (body.startsWith("\n") ? body.substring(1) : body);
        Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
    }

    private String title(SourcePage page, String h1) {
        String fm = page.text("title");
        boolean index = layout.isIndex(page.path());
        String folder = Paths.parent(page.path());
        if (index && !folder.isEmpty() && layout.folderTitle(folder) != null) return layout.folderTitle(folder);
        if (fm != null && !fm.isBlank()) return fm.strip();
        if (h1 != null && !h1.isBlank()) return h1;
        if (layout.navTitle(page.path()) != null) return layout.navTitle(page.path());
        if (page.firstH1() != null) return page.firstH1();
        if (index && folder.isEmpty() && site.settings().title() != null) return site.settings().title();
        String stem = Paths.stem(page.name());
        return pretty(index || stem.equalsIgnoreCase("README") ? (folder.isEmpty() ? "Home" : Paths.name(folder)) : stem);
    }

    static String pretty(String name) {
        String text = DocIds.stripPrefix(name).replace('-', ' ').replace('_', ' ').strip();
        return text.isEmpty() ? name : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String date(SourcePage page) {
        for (String key : List.of("updated", "last_update", "date")) {
            Object value = page.frontMatter().get(key);
            if (value instanceof Map<?, ?> map) value = map.get("date");
            if (value != null && String.valueOf(value).matches("\\d{4}-\\d{2}-\\d{2}")) return String.valueOf(value);
        }
        return null;
    }

    /** The old address as a path of the new site ("a/b/" gives "a/b/index.html"), when it is free and differs. */
    private List<String> aliases(SourcePage page, String newPath) {
        List<String> aliases = new ArrayList<>();
        String old = site.addresses().get(page.path());
        if (old == null || old.isEmpty()) return aliases;
        String alias = old.endsWith("/") ? old + "index.html" : old;
        boolean valid = !alias.contains("..") && !alias.contains(":") && !alias.contains("\\") && !alias.contains("//")
                && alias.chars().noneMatch(c -> c < 0x20);
        if (!valid) {
            report.page(page.path(), "old address ‘" + old + "’ cannot be kept as an alias");
        } else if (!alias.equals(address(newPath)) && taken.add(alias)) {
            aliases.add(alias);
        }
        return aliases;
    }

    private static String shift(String finding, int bodyLine) {
        if (!finding.startsWith("line ")) return finding;
        int colon = finding.indexOf(':');
        int line = Integer.parseInt(finding.substring(5, colon));
        return "line " + (line + bodyLine - 1) + finding.substring(colon);
    }
}
