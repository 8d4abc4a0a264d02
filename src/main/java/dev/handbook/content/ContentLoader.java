package dev.handbook.content;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.FooterLink;
import dev.handbook.config.HandbookConfig;
import dev.handbook.config.TextFiles;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.Section;
import dev.handbook.model.Status;
import dev.handbook.model.TocNode;
import dev.handbook.text.Slugs;
import dev.handbook.yaml.Pos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Walks a content folder into a {@link Handbook}: folders with Markdown become chapters and
 * sections, Markdown files pages, other files assets. Order comes from {@code order} in front
 * matter, then from numeric name prefixes, then from the name.
 */
public final class ContentLoader {
    /** Top-level folders and files that belong to the handbook but are not content. */
    public static final Set<String> RESERVED = Set.of(ConfigLoader.FILE_NAME, "templates", "assets", "i18n", "fonts");

    private final HandbookConfig config;
    private final Problems problems;
    private final AddressClashes clashes;
    private final boolean drafts;
    private final boolean publishedOnly;
    /** SnakeYAML is not thread-safe, and pages are read in parallel: a reader per thread. */
    private final ThreadLocal<PageMetaReader> metaReaders;
    private final ReadCache reads;
    private final Placeholders placeholders;
    /**
     * Last commit dates, for pages without {@code updated}: asked of git once per load, on a thread of
     * its own while the folders are walked, so that a large history does not hold up reading.
     */
    private java.util.concurrent.CompletableFuture<GitDates> gitDates =
            java.util.concurrent.CompletableFuture.completedFuture(GitDates.NONE);
    /** The Markdown files of the folders listed so far, read in parallel a folder at a time; the walk stays in order. */
    private final Map<Path, PageRead> readAhead = new ConcurrentHashMap<>();
    private Path source;
    private Set<Path> excluded;
    private final List<Asset> assets = new ArrayList<>();
    private FolderListings folders;
    private LinkPolicy links;
    /** Markdown files no chapter reaches by their names, reported at the end unless a link took them in. */
    private final List<Path> unreached = new ArrayList<>();

    /**
     * @param publishedOnly leave out pages in review too, as a release does
     * @param reads pages read by earlier loads with the same configuration, to take unchanged files from
     *     ({@link ReadCache#NONE} for none)
     */
    public ContentLoader(HandbookConfig config, Problems problems, boolean drafts, boolean publishedOnly, ReadCache reads) {
        this.config = config;
        this.problems = problems;
        this.clashes = new AddressClashes(problems, this::display);
        this.drafts = drafts;
        this.publishedOnly = publishedOnly;
        this.reads = reads;
        reads.use(config);
        this.metaReaders = ThreadLocal.withInitial(() -> new PageMetaReader(config));
        this.placeholders = new Placeholders(config);
    }

    /** Loads the handbook; {@code excluded} are folders inside the source to leave alone (the output). */
    public Handbook load(Path source, Set<Path> excluded) {
        this.source = source;
        this.gitDates = java.util.concurrent.CompletableFuture.supplyAsync(() -> GitDates.of(source), task -> {
            Thread thread = new Thread(task, "handbook-git-dates");
            thread.setDaemon(true);
            thread.start();
        });
        this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
        assets.clear();
        readAhead.clear();
        Set<Path> realExcluded = this.excluded.stream().map(LinkPolicy::real).collect(java.util.stream.Collectors.toSet());
        unreached.clear();
        links = new LinkPolicy(source, problems, real -> realExcluded.stream().anyMatch(real::startsWith));
        folders = new FolderListings(reads, source, this::isContent, links);
        List<Path> entries = list(source);
        readAhead(entries, "");
        Page home = null;
        List<Ordered> chapters = new ArrayList<>();
        Map<String, String> topFolders = new HashMap<>();
        for (Path path : entries) {
            String name = path.getFileName().toString();
            if (RESERVED.contains(name)) {
                if (isDirectory(path) && !name.equals(ConfigLoader.FILE_NAME)) reportUnreached(path);
                // the handbook's own assets/ lands in the site's assets/, over the theme's files, and
                // pages may link to what it holds (an image shared by many chapters)
                if (name.equals("assets") && isDirectory(path)) collectAssets(path, name, name);
                continue;
            }
            if (OutputPaths.isIndex(name)) {
                if (home == null) home = page(readPage(path, name, "index.html"));
                else duplicate(path, "index.html");
            } else {
                visit(path, "", "", topFolders, chapters);
            }
        }
        if (home == null) home = generatedPage("", config.title(), "index.html");
        home = home.withNumber("");
        List<TocNode> numbered = number(withUniqueAddresses(sorted(chapters)), "");
        checkOutputPaths(home, numbered);
        assets.sort(Comparator.comparing(Asset::sourcePath));
        Handbook handbook = new Handbook(config, home, numbered, assets);
        checkFooter(handbook);
        for (Path file : unreached) {
            if (links.takes(LinkPolicy.real(file))) continue;
            problems.add(Problem.warning(display(source.relativize(file).toString().replace('\\', '/')), Pos.NONE, "file.unreached"));
        }
        readAhead.clear();
        folders = null;
        return handbook;
    }

    private void checkFooter(Handbook handbook) {
        if (config.footer().isEmpty()) return;
        List<String> pages = handbook.readingOrder().stream().map(Page::sourcePath).toList();
        for (FooterLink link : config.footer()) {
            if (pages.contains(link.page())) continue;
            String hint = Suggestions.closest(link.page(), pages).orElse("");
            problems.add(Problem.error(display(ConfigLoader.FILE_NAME), link.pos(), "config.footer-missing", link.page(), hint));
        }
    }

    private record Ordered(TocNode node, Integer order, String name) {}

    /** A page with the {@code order} its front matter gave, which only sorting needs. */
    private record LoadedPage(Page page, Integer order) {}

    /**
     * @param parentOut the output folder of the parent
     * @param siblingFolders the folders beside this one by output name: two folders that differ only in
     *     their number ("19-x/", "34-x/") would share an address, so the later keeps it
     */
    private void visit(Path path, String parentRel, String parentOut, Map<String, String> siblingFolders, List<Ordered> into) {
        String name = path.getFileName().toString();
        String rel = parentRel.isEmpty() ? name : parentRel + "/" + name;
        if (isDirectory(path)) {
            String outName = OutputPaths.folderName(name);
            String other = siblingFolders.putIfAbsent(outName, rel);
            if (other != null) {
                outName = clashes.rename(rel, other, OutputPaths.join(parentOut, outName) + "/", Slugs.slug(name),
                        siblingFolders::containsKey, n -> OutputPaths.join(parentOut, n) + "/", n -> n);
                siblingFolders.put(outName, rel);
            }
            String out = OutputPaths.join(parentOut, outName);
            if (containsMarkdown(path)) {
                Ordered section = readSection(path, rel, out, name);
                if (section != null) into.add(section);
            } else {
                collectAssets(path, rel, out);
            }
        } else if (name.endsWith(".md")) {
            LoadedPage loaded = readPage(path, rel, OutputPaths.page(parentOut, name));
            if (loaded != null) into.add(new Ordered(loaded.page(), orderOf(loaded, name), name));
        } else {
            assets.add(new Asset(path, rel, OutputPaths.asset(parentOut, name)));
        }
    }

    private Ordered readSection(Path dir, String rel, String out, String name) {
        LoadedPage index = null;
        List<Ordered> children = new ArrayList<>();
        Map<String, String> folderNames = new HashMap<>();
        List<Path> paths = list(dir);
        readAhead(paths, rel);
        for (Path path : paths) {
            String childName = path.getFileName().toString();
            if (OutputPaths.isIndex(childName)) {
                if (index != null) {
                    duplicate(path, OutputPaths.page(out, childName));
                    continue;
                }
                index = readPage(path, rel + "/" + childName, OutputPaths.page(out, childName));
                if (index == null) return null; // a draft or unreadable index leaves out its whole section
            } else {
                visit(path, rel, out, folderNames, children);
            }
        }
        if (index == null) {
            String title = titleFromName(dir.getFileName().toString());
            problems.add(Problem.warning(display(rel), Pos.NONE, "section.no-index", title));
            index = new LoadedPage(generatedPage(rel, title, out + "/index.html"), null);
        }
        if (children.isEmpty() && index.page().generated()) return null;
        Section section = new Section(index.page(), withUniqueAddresses(sorted(children)).stream().map(Ordered::node).toList());
        return new Ordered(section, orderOf(index, name), name);
    }

    /**
     * Reads a file (which {@link #readAhead} found not known to be unchanged), taking it as last read
     * when its bytes are the same.
     *
     * @param rel the file's path in the content folder
     */
    private PageRead read(Path path, String rel) {
        String file = display(rel);
        long stamp = reads.now();
        byte[] bytes;
        String text;
        try {
            bytes = reads.bytes(rel, path);
            PageRead known = reads.find(rel, bytes, file);
            if (known != null) {
                reads.keep(rel, bytes, file, known, stamp);
                return known;
            }
            text = TextFiles.decode(bytes);
        } catch (IOException e) {
            return new PageRead(null, null, List.of(TextFiles.isEncodingError(e)
                    ? Problem.error(file, Pos.NONE, "file.not-utf8")
                    : Problem.error(file, Pos.NONE, "file.unreadable", e.getMessage())));
        }
        FrontMatter fm = FrontMatter.split(text);
        PageRead read = reads.stored(rel, file, bytes, fm);
        if (read == null) {
            Problems found = new Problems(); // this file's own, kept with its reading
            PageMeta meta = metaReaders.get().read(file, fm, found);
            placeholders.check(file, fm, found);
            read = new PageRead(fm, meta, found.all());
            reads.store(rel, file, bytes, read);
        }
        reads.keep(rel, bytes, file, read, stamp);
        return read;
    }

    /**
     * Reads the Markdown files among {@code paths} (the entries of the folder {@code rel}) in parallel,
     * those the preview knows to be unchanged first, in order.
     */
    private void readAhead(List<Path> paths, String rel) {
        List<Path> changed = new ArrayList<>();
        for (Path path : paths) {
            String name = path.getFileName().toString();
            if (!name.endsWith(".md") || isDirectory(path)) continue;
            String childRel = rel.isEmpty() ? name : rel + "/" + name;
            PageRead unchanged = reads.unchanged(childRel, display(childRel));
            if (unchanged != null) readAhead.put(path, unchanged);
            else changed.add(path);
        }
        changed.parallelStream().forEach(path -> {
            String name = path.getFileName().toString();
            readAhead.put(path, read(path, rel.isEmpty() ? name : rel + "/" + name));
        });
    }

    private LoadedPage readPage(Path path, String rel, String outputPath) {
        PageRead ahead = readAhead.remove(path);
        PageRead read = ahead != null ? ahead : read(path, rel);
        problems.addAll(read.problems());
        if (read.meta() == null) return null;
        FrontMatter fm = read.frontMatter();
        PageMeta meta = read.meta();
        if (meta.status() == Status.DRAFT && !drafts) return null;
        if (meta.status() == Status.REVIEW && publishedOnly) return null;
        String name = path.getFileName().toString();
        String defaultId = OutputPaths.isIndex(name)
                ? (rel.contains("/") ? Slugs.fromFileName(parentName(rel)) : "index")
                : Slugs.fromFileName(name);
        String title = meta.title() != null ? meta.title() : titleFromName(OutputPaths.isIndex(name) ? parentName(rel) : name);
        Page page = new Page(rel, outputPath, meta.id() != null ? meta.id() : defaultId, title, meta.summary(),
                meta.type(), meta.updated() != null ? meta.updated() : gitDates.join().of(rel), meta.status(), meta.related(), meta.aliases(), meta.fields(), fm.body(),
                fm.bodyLine(), "", false, meta.valueOf());
        return new LoadedPage(page, meta.order());
    }

    private Page generatedPage(String rel, String title, String outputPath) {
        String id = rel.isEmpty() ? "index" : Slugs.fromFileName(rel.substring(rel.lastIndexOf('/') + 1));
        return new Page(rel.isEmpty() ? "" : rel + "/", outputPath, id, title, null, null, null, Status.PUBLISHED,
                List.of(), List.of(), Map.of(), "", 1, "", true, null);
    }

    private static Integer orderOf(LoadedPage loaded, String name) {
        return loaded.order() != null ? loaded.order() : Slugs.prefix(name);
    }

    private static Page page(LoadedPage loaded) {
        return loaded == null ? null : loaded.page();
    }

    private static List<Ordered> sorted(List<Ordered> items) {
        return items.stream()
                .sorted(Comparator.comparing((Ordered o) -> o.order() == null ? Integer.MAX_VALUE : o.order())
                        .thenComparing(Ordered::name))
                .toList();
    }

    private static List<TocNode> number(List<?> items, String prefix) {
        List<TocNode> out = new ArrayList<>();
        int n = 0;
        for (Object item : items) {
            TocNode node = item instanceof Ordered o ? o.node() : (TocNode) item;
            String number = prefix + (++n);
            if (node instanceof Section s) {
                out.add(new Section(s.index().withNumber(number), number(s.children(), number + ".")));
            } else {
                out.add(((Page) node).withNumber(number));
            }
        }
        return out;
    }

    /**
     * Two pages of one folder whose names differ only in their number ("06-x.md", "15-x.md") would get
     * the same address; the later one keeps its number in its address instead, with a warning.
     */
    private List<Ordered> withUniqueAddresses(List<Ordered> items) {
        Map<String, String> used = new HashMap<>();
        List<Ordered> out = new ArrayList<>();
        for (Ordered item : items) {
            if (item.node() instanceof Page page && used.containsKey(page.outputPath())) {
                String dir = page.outputPath().contains("/") ? page.outputPath().substring(0, page.outputPath().lastIndexOf('/') + 1) : "";
                String name = clashes.rename(page.sourcePath(), used.get(page.outputPath()), page.outputPath(),
                        Slugs.slug(item.name().replaceAll("\\.md$", "")), n -> used.containsKey(dir + n + ".html"),
                        n -> dir + n + ".html", n -> n + ".md");
                page = page.withOutputPath(dir + name + ".html");
                item = new Ordered(page, item.order(), item.name());
            }
            used.putIfAbsent(item.node().outputPath(), item.node().page().sourcePath());
            out.add(item);
        }
        return out;
    }

    private void checkOutputPaths(Page home, List<TocNode> chapters) {
        Map<String, String> seen = new HashMap<>();
        List<Page> pages = new Handbook(config, home, chapters, List.of()).readingOrder();
        for (Page page : pages) {
            String earlier = seen.putIfAbsent(page.outputPath(), page.sourcePath());
            if (earlier != null) {
                problems.add(Problem.error(display(page.sourcePath()), Pos.NONE, "page.duplicate-output",
                        page.outputPath(), display(earlier)));
            }
        }
    }

    private void duplicate(Path path, String outputPath) {
        String rel = source.relativize(path).toString().replace('\\', '/');
        problems.add(Problem.error(display(rel), Pos.NONE, "page.duplicate-output", outputPath,
                display(rel.replaceAll("_index\\.md$", "index.md"))));
    }

    private void collectAssets(Path dir, String rel, String out) {
        for (Path path : list(dir)) {
            String name = path.getFileName().toString();
            String childRel = rel + "/" + name;
            if (isDirectory(path)) collectAssets(path, childRel, OutputPaths.join(out, OutputPaths.folderName(name)));
            else if (!name.endsWith(".md")) assets.add(new Asset(path, childRel, OutputPaths.asset(out, name)));
        }
    }

    private boolean containsMarkdown(Path dir) {
        for (Path path : list(dir)) {
            if (isDirectory(path) ? containsMarkdown(path) : path.getFileName().toString().endsWith(".md")) return true;
        }
        return false;
    }

    private List<Path> list(Path dir) {
        return folders.list(dir);
    }

    private boolean isDirectory(Path listed) {
        return folders.isDirectory(listed);
    }

    private boolean isContent(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) return false;
        if (!excluded.isEmpty() && excluded.contains(path.toAbsolutePath().normalize())) return false;
        if (!isContentName(name)) {
            reportUnreached(path);
            return false;
        }
        return true;
    }

    /** Whether a file or folder of this name can be content: not hidden, and no {@code _} in front but {@code _index.md}. */
    static boolean isContentName(String name) {
        return !name.startsWith(".") && (!name.startsWith("_") || name.equals("_index.md"));
    }

    /** Markdown where no chapter reaches it is likely a mistake (a page put in the wrong folder). */
    private void reportUnreached(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(this::reportUnreached);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (path.getFileName().toString().endsWith(".md")) {
            unreached.add(path);
        }
    }

    private String display(String rel) {
        return source.resolve(rel).toString().replace('\\', '/');
    }

    private static String parentName(String rel) {
        String dir = rel.substring(0, rel.lastIndexOf('/'));
        return dir.substring(dir.lastIndexOf('/') + 1);
    }

    static String titleFromName(String name) {
        String slug = Slugs.fromFileName(name);
        String words = slug.replace('-', ' ');
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
