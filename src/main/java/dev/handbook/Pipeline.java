package dev.handbook;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.CacheKey;
import dev.handbook.cache.FolderDigest;
import dev.handbook.cache.PageKeys;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.content.ContentLoader;
import dev.handbook.content.PageReads;
import dev.handbook.entry.Entries;
import dev.handbook.entry.EntryCollector;
import dev.handbook.entry.FenceRenderings;
import dev.handbook.markdown.LinkRewriter;
import dev.handbook.markdown.LinkTargets;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedPage;
import dev.handbook.markdown.RenderedPage;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.render.GeneratedPaths;
import dev.handbook.render.Theme;
import dev.handbook.render.Translations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages every command shares: load the handbook, scan its pages for their facts (headings, ids,
 * fences, links), collect its entries, check links between pages, and make the bodies ready to render.
 * Each stage is a function of the previous stage's records. Every problem is found before any page is
 * rendered, from the facts alone, so a build whose results are all in its cache parses nothing.
 */
final class Pipeline {
    /** @param keys how to key the results of each page in the build cache; null without a cache */
    record Result(Handbook handbook, Entries entries, List<RenderedPage> bodies, Theme theme, Problems problems,
            PageKeys keys) {}

    private Pipeline() {}

    static Result run(Path source, Options options, Set<Path> excluded) {
        return run(source, options, excluded, BuildCache.NONE, null);
    }

    /**
     * As {@link #run(Path, Options, Set)}, taking from {@code cache} the facts of every page whose text is
     * unchanged and each body whose inputs are all unchanged ({@code tool} is the key of the running code).
     * Problems are reported as in a cold build.
     */
    static Result run(Path source, Options options, Set<Path> excluded, BuildCache cache, CacheKey tool) {
        return run(source, options, excluded, new Reuse(cache, tool, PageReads.NONE, ScanMemo.NONE));
    }

    /** As {@link #run(Path, Options, Set, BuildCache, CacheKey)}, taking unchanged pages from {@code memory}. */
    static Result run(Path source, Options options, PreviewMemory memory) {
        return run(source, options, Set.of(), new Reuse(memory.cache, memory.tool, memory.reads, memory.scans));
    }

    /** What a run may take from earlier ones: results by key, files as read, pages as scanned. */
    private record Reuse(BuildCache cache, CacheKey tool, PageReads reads, ScanMemo scans) {
        boolean cached() {
            return cache != BuildCache.NONE && tool != null;
        }
    }

    private static Result run(Path source, Options options, Set<Path> excluded, Reuse reuse) {
        Problems problems = new Problems();
        HandbookConfig config = new ConfigLoader(problems).load(source);
        Handbook handbook = new ContentLoader(config, problems, options.drafts(), options.publishedOnly(), reuse.reads())
                .load(source, excluded);
        Theme theme = Theme.of(source, config.theme());
        Translations ui = theme.translations(config.language());
        MarkdownEngine markdown = new MarkdownEngine(config.language());
        boolean cached = reuse.cached();
        BuildCache cache = cached ? reuse.cache() : BuildCache.NONE;
        PageScanner scanner = new PageScanner(markdown, cache, cached ? PageScanner.parserKey(reuse.tool(), config.language()) : null,
                reuse.scans());
        List<ScannedPage> scanned = scanner.scanAll(handbook.readingOrder());

        EntryCollector collector = new EntryCollector(config, rel -> display(source, rel));
        Entries entries = collector.collect(scanned);
        problems.addAll(collector.problems());
        GeneratedPaths.check(handbook, entries, rel -> display(source, rel)).forEach(problems::add);

        LinkTargets targets = targets(handbook, scanned);
        LinkRewriter links = new LinkRewriter(targets);
        scanned.parallelStream().forEach(s -> {
            String file = display(source, s.page().sourcePath());
            List<Problem> found = new ArrayList<>(s.facts().problems(file));
            links.check(s.page(), s.facts(), file, found);
            problems.addAll(found);
        });

        PageKeys keys = cached ? new PageKeys(StructureKey.of(reuse.tool(), FolderDigest.of("theme", theme.lookFolders()),
                source, options, handbook, scanned, scanner.shapes(), entries), scanner.textKeys()) : null;
        Bodies bodies = new Bodies(scanner, markdown, new FenceRenderings(config, entries, ui::get), targets, cache, keys);
        List<RenderedPage> rendered = scanned.stream()
                .map(s -> new RenderedPage(s.page(), s.facts().headings(), () -> bodies.html(s.page())))
                .toList();
        return new Result(handbook, entries, rendered, theme, problems, keys);
    }

    /** Renders page bodies on demand, each from the cache when everything it was made from is unchanged. */
    private record Bodies(PageScanner scanner, MarkdownEngine markdown, FenceRenderings fences, LinkTargets targets,
            BuildCache cache, PageKeys keys) {
        String html(Page page) {
            CacheKey key = keys == null ? null : keys.of("body", page);
            byte[] found = key == null ? null : cache.get(key);
            if (found != null) return new String(found, StandardCharsets.UTF_8);
            ParsedPage tree = scanner.tree(page);
            fences.apply(page, tree.document());
            String html = markdown.render(tree, targets);
            if (key != null) cache.put(key, html.getBytes(StandardCharsets.UTF_8));
            return html;
        }
    }

    private static String display(Path source, String sourcePath) {
        return source.resolve(sourcePath).toString().replace('\\', '/');
    }

    private static LinkTargets targets(Handbook handbook, List<ScannedPage> scanned) {
        Map<String, String> outputs = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (ScannedPage s : scanned) {
            outputs.put(s.page().sourcePath(), s.page().outputPath());
            ids.put(s.page().outputPath(), s.facts().ids());
        }
        for (Asset asset : handbook.assets()) outputs.put(asset.sourcePath(), asset.outputPath());
        return new LinkTargets(outputs, ids);
    }
}
