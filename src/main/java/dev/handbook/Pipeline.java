package dev.handbook;

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
    record Result(Handbook handbook, Entries entries, List<RenderedPage> bodies, Theme theme, Problems problems) {}

    private Pipeline() {}

    static Result run(Path source, Options options, Set<Path> excluded) {
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
        List<RenderedPage> bodies = parsed.parallelStream().map(p -> {
            List<Problem> found = new ArrayList<>();
            fences.apply(p);
            String html = markdown.render(p, targets, display(source, p.page().sourcePath()), found);
            problems.addAll(found);
            return new RenderedPage(p.page(), html, p.headings());
        }).toList();
        return new Result(handbook, entries, bodies, theme, problems);
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
