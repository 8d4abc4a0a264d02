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
import dev.handbook.entry.Entries;
import dev.handbook.entry.EntryCollector;
import dev.handbook.entry.FenceRenderings;
import dev.handbook.markdown.LinkTargets;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedPage;
import dev.handbook.markdown.RenderedPage;
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
 * The stages every command shares: load the handbook, parse its pages, collect its entries, resolve
 * links between pages and render the bodies. Each stage is a function of the previous stage's records.
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
     * As {@link #run(Path, Options, Set)}, taking each page body from {@code cache} when everything it was
     * made from is unchanged ({@code tool} is the key of the running code); every page is still parsed
     * and checked, so problems are reported as in a cold build.
     */
    static Result run(Path source, Options options, Set<Path> excluded, BuildCache cache, CacheKey tool) {
        Problems problems = new Problems();
        HandbookConfig config = new ConfigLoader(problems).load(source);
        Handbook handbook = new ContentLoader(config, problems, options.drafts(), options.publishedOnly()).load(source, excluded);
        Theme theme = Theme.of(source, config.theme());
        Translations ui = theme.translations(config.language());
        MarkdownEngine markdown = new MarkdownEngine(config.language());
        List<Page> pages = handbook.readingOrder();
        List<ParsedPage> parsed = pages.parallelStream().map(markdown::parse).toList();

        EntryCollector collector = new EntryCollector(config, rel -> display(source, rel));
        Entries entries = collector.collect(parsed);
        problems.addAll(collector.problems());
        GeneratedPaths.check(handbook, entries, rel -> display(source, rel)).forEach(problems::add);

        FenceRenderings fences = new FenceRenderings(config, entries, ui::get);
        LinkTargets targets = targets(handbook, parsed);
        PageKeys keys = cache == BuildCache.NONE ? null : new PageKeys(StructureKey.of(tool,
                FolderDigest.of("theme", theme.lookFolders()), source, options, handbook, parsed, entries, targets));
        List<RenderedPage> bodies = parsed.parallelStream().map(p -> {
            List<Problem> found = new ArrayList<>();
            String file = display(source, p.page().sourcePath());
            CacheKey key = keys == null ? null : keys.of("body", p.page());
            byte[] cached = key == null ? null : cache.get(key);
            String html;
            if (cached != null) {
                markdown.check(p, targets, file, found);
                html = new String(cached, StandardCharsets.UTF_8);
            } else {
                fences.apply(p);
                html = markdown.render(p, targets, file, found);
                if (key != null) cache.put(key, html.getBytes(StandardCharsets.UTF_8));
            }
            problems.addAll(found);
            return new RenderedPage(p.page(), html, p.headings());
        }).toList();
        return new Result(handbook, entries, bodies, theme, problems, keys);
    }

    private static String display(Path source, String sourcePath) {
        return source.resolve(sourcePath).toString().replace('\\', '/');
    }

    private static LinkTargets targets(Handbook handbook, List<ParsedPage> parsed) {
        Map<String, String> outputs = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (ParsedPage p : parsed) {
            outputs.put(p.page().sourcePath(), p.page().outputPath());
            ids.put(p.page().outputPath(), p.ids());
        }
        for (Asset asset : handbook.assets()) outputs.put(asset.sourcePath(), asset.outputPath());
        return new LinkTargets(outputs, ids);
    }
}
