package dev.handbook.search;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.entry.Entries;
import dev.handbook.entry.EntryCollector;
import dev.handbook.entry.FenceRenderings;
import dev.handbook.markdown.LinkTargets;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedPage;
import dev.handbook.markdown.RenderedPage;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.render.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A handbook run through the generator's stages up to the rendered bodies, the input of the search
 * index; and the index files written into a folder. The stages are the ones {@code Pipeline} runs,
 * through their public classes, so that these tests need no site renderer.
 */
final class SearchFixtures {
    private SearchFixtures() {}

    record Stages(Handbook handbook, Entries entries, List<RenderedPage> bodies, List<Problem> problems) {}

    static Stages stages(Path source) {
        Problems problems = new Problems();
        HandbookConfig config = new ConfigLoader(problems).load(source);
        Handbook handbook = new dev.handbook.content.ContentLoader(config, problems, false).load(source, Set.of());
        Theme theme = Theme.of(source, config.theme());
        MarkdownEngine markdown = new MarkdownEngine(config.language());
        List<ParsedPage> parsed = handbook.readingOrder().stream().map(markdown::parse).toList();
        EntryCollector collector = new EntryCollector(config, rel -> rel);
        Entries entries = collector.collect(parsed);
        problems.addAll(collector.problems());
        FenceRenderings fences = new FenceRenderings(config, entries, theme.translations(config.language())::get);
        Map<String, String> outputs = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (ParsedPage p : parsed) {
            outputs.put(p.page().sourcePath(), p.page().outputPath());
            ids.put(p.page().outputPath(), p.ids());
        }
        for (Asset asset : handbook.assets()) outputs.put(asset.sourcePath(), asset.outputPath());
        LinkTargets targets = new LinkTargets(outputs, ids);
        List<RenderedPage> bodies = new ArrayList<>();
        for (ParsedPage p : parsed) {
            fences.apply(p);
            List<Problem> found = new ArrayList<>();
            String html = markdown.render(p, targets, p.page().sourcePath(), found);
            problems.addAll(found);
            bodies.add(new RenderedPage(p.page(), html, p.headings()));
        }
        return new Stages(handbook, entries, bodies, problems.sorted());
    }
}
