package dev.handbook.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Carries an MkDocs or Docusaurus site over into a content folder that builds: reads the project
 * ({@link MkDocsReader}, {@link DocusaurusReader}), lays it out ({@link Layout}), writes every page with
 * its front matter mapped ({@link PageWriter}) and links resolved ({@link Links}), copies the other
 * files, and writes {@code handbook.yml} and the report {@code IMPORT.md}. It reads the project folder
 * only: the output must be a new or empty folder outside it.
 */
public final class Importer {
    public static final String REPORT = "IMPORT.md";

    private Importer() {}

    public static ImportResult run(ImportRequest request) throws ImportException, IOException {
        OldSite.Kind kind = switch (request.kind()) {
            case "mkdocs" -> OldSite.Kind.MKDOCS;
            case "docusaurus" -> OldSite.Kind.DOCUSAURUS;
            default -> throw new ImportException("import.unknown-kind", true, request.kind());
        };
        Path dir = request.dir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) throw new ImportException("import.no-dir", true, request.dir());
        Path root = dir.toRealPath();
        Path projectFile = kind == OldSite.Kind.MKDOCS ? MkDocsReader.projectFile(root) : DocusaurusReader.projectFile(root);
        if (projectFile == null) {
            throw new ImportException(kind == OldSite.Kind.MKDOCS ? "import.no-mkdocs" : "import.no-docusaurus", true, request.dir());
        }
        Path out = checkOut(request.out(), root);

        Path docs;
        Object docusaurusConfig = null;
        Map<String, Object> mkdocsConfig = null;
        DocusaurusReader.DocsOptions options = null;
        if (kind == OldSite.Kind.MKDOCS) {
            mkdocsConfig = MkDocsReader.config(projectFile);
            docs = MkDocsReader.docsDir(root, mkdocsConfig);
        } else {
            docusaurusConfig = DocusaurusReader.config(projectFile);
            options = DocusaurusReader.docsOptions(docusaurusConfig);
            docs = root.resolve(options.path()).normalize();
        }
        if (!Files.isDirectory(docs) || !docs.startsWith(root)) throw new ImportException("import.no-docs", false, docs);

        DocsTree tree = DocsTree.walk(root, docs);
        Map<String, SourcePage> pages = new LinkedHashMap<>();
        Map<String, Path> others = new LinkedHashMap<>();
        for (Map.Entry<String, Path> file : tree.files().entrySet()) {
            String path = file.getKey();
            if (isPartial(kind, path)) continue;
            if (Paths.isMarkdown(path)) {
                pages.put(path, SourcePage.read(path, Files.readString(file.getValue(), StandardCharsets.UTF_8)));
            } else if (!isProjectData(path, kind)) {
                others.put(path, file.getValue());
            }
        }
        OldSite site = kind == OldSite.Kind.MKDOCS ? MkDocsReader.read(root, mkdocsConfig, pages.keySet())
                : DocusaurusReader.read(root, docusaurusConfig, options, docs, pages);
        // a file of abbreviations in the docs folder was a page on the old site too; here it is the handbook's file
        if (site.abbreviations() != null) pages.keySet().removeAll(site.abbreviations().docsPages());
        Layout layout = new Layout(site, pages);
        Fields fields = new Fields(pages.values(), site.tagLabels(), kind == OldSite.Kind.DOCUSAURUS);
        Links links = new Links(site, root, docs, tree.files().keySet(), layout.newPaths());
        Report report = new Report(kind, request.dir(), site, layout, tree.skipped());
        for (String path : tree.files().keySet()) if (isPartial(kind, path)) report.page(path, "partial (imported by other pages), not imported");

        Files.createDirectories(out);
        PageWriter writer = new PageWriter(site, layout, fields, links, report, out);
        for (SourcePage page : pages.values()) writer.write(page);
        writer.writeFolderIndexes();
        int files = 0;
        for (Map.Entry<String, Path> other : others.entrySet()) {
            copy(other.getValue(), out.resolve(other.getKey()));
            files++;
        }
        for (Map.Entry<String, Path> copy : links.copies().entrySet()) {
            copy(copy.getValue(), out.resolve(copy.getKey()));
            files++;
        }
        String abbreviations = null;
        if (site.abbreviations() != null) {
            abbreviations = free(out, site.abbreviations().path());
            Files.createDirectories(out.resolve(abbreviations).getParent());
            Files.writeString(out.resolve(abbreviations), site.abbreviations().text(), StandardCharsets.UTF_8);
            files++;
        }
        String language = site.settings().handbookLanguage();
        Files.writeString(out.resolve("handbook.yml"), HandbookYml.text(site, fields, language, abbreviations), StandardCharsets.UTF_8);
        String text = report.text(pages.size(), files);
        Path reportFile = out.resolve(REPORT);
        Files.writeString(reportFile, report.page(language) + text, StandardCharsets.UTF_8);
        return new ImportResult(pages.size(), files, report.findings(), text, reportFile, language == null ? "nl" : language);
    }

    /** Docusaurus leaves files whose names start with "_" out: they are partials that other pages import. */
    private static boolean isPartial(OldSite.Kind kind, String path) {
        return kind == OldSite.Kind.DOCUSAURUS && Paths.isMarkdown(path) && Paths.name(path).startsWith("_");
    }

    private static boolean isProjectData(String path, OldSite.Kind kind) {
        String name = Paths.name(path);
        return name.startsWith("_category_.") || kind == OldSite.Kind.DOCUSAURUS && path.equals("tags.yml")
                || name.equals(".pages") || name.equals(".nav.yml");
    }

    /** The output folder, when it is new or empty and lies outside the project; else why not. */
    private static Path checkOut(Path requested, Path root) throws ImportException, IOException {
        Path out = requested.toAbsolutePath().normalize();
        Path existing = out;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        Path real = existing == null ? out : existing.toRealPath().resolve(existing.relativize(out).toString()).normalize();
        if (real.startsWith(root) || root.startsWith(real)) throw new ImportException("import.out-inside", true, requested, root);
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) throw new ImportException("import.out-not-folder", true, requested);
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) throw new ImportException("import.out-not-empty", true, requested);
            }
        }
        return out;
    }

    /** {@code path} in the output, or beside it with a prefix when a page or file is there already. */
    private static String free(Path out, String path) {
        String candidate = path;
        for (int n = 1; Files.exists(out.resolve(candidate)); n++) {
            candidate = Paths.join(Paths.parent(path), "handbook-" + (n == 1 ? "" : n + "-") + Paths.name(path));
        }
        return candidate;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static List<String> kinds() {
        return List.of("mkdocs", "docusaurus");
    }
}
