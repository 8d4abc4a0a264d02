package dev.handbook;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.content.ContentLoader;
import dev.handbook.markdown.LinkTargets;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedPage;
import dev.handbook.markdown.RenderedPage;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages every command shares: load the handbook, parse its pages, resolve links between them
 * and render the bodies. Each stage is a function of the previous stage's records.
 */
final class Pipeline {
    record Result(Handbook handbook, List<RenderedPage> bodies, Problems problems) {}

    private Pipeline() {}

    static Result run(Path source, Options options, Set<Path> excluded) {
        Problems problems = new Problems();
        HandbookConfig config = new ConfigLoader(problems).load(source);
        Handbook handbook = new ContentLoader(config, problems, options.drafts()).load(source, excluded);
        MarkdownEngine markdown = new MarkdownEngine(config.language());
        List<Page> pages = handbook.readingOrder();
        List<ParsedPage> parsed = pages.parallelStream().map(p -> markdown.parse(p, Set.of())).toList();
        LinkTargets targets = targets(handbook, parsed);
        List<RenderedPage> bodies = parsed.parallelStream().map(p -> {
            List<Problem> found = new ArrayList<>();
            String file = source.resolve(p.page().sourcePath()).toString().replace('\\', '/');
            String html = markdown.render(p, targets, file, found);
            problems.addAll(found);
            return new RenderedPage(p.page(), html, p.headings());
        }).toList();
        return new Result(handbook, bodies, problems);
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
