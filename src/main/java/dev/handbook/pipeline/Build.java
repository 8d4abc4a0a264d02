package dev.handbook.pipeline;

import dev.handbook.cache.CacheKey;
import dev.handbook.cache.FolderDigest;
import dev.handbook.cache.PageKeys;
import dev.handbook.check.Problems;
import dev.handbook.cite.CitationChecks;
import dev.handbook.cite.Citations;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.content.ContentLoader;
import dev.handbook.entry.Entries;
import dev.handbook.entry.EntryCollector;
import dev.handbook.entry.FenceRenderings;
import dev.handbook.entry.ValuePages;
import dev.handbook.markdown.LinkTargets;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.PageBody;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.markdown.xref.CrossReferences;
import dev.handbook.render.BodyMarkup;
import dev.handbook.render.glossary.Glossary;
import dev.handbook.render.RenderCache;
import dev.handbook.render.Theme;
import dev.handbook.render.Translations;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline every command shares, in its order: load the configuration and the content, scan each
 * page for its facts (headings, ids, fences, links), collect and number the entries, check what needs
 * the whole handbook, and make the bodies ready to render on demand. Each stage is a function of the
 * records the previous one made. Every problem is found before any page is rendered, from the facts
 * alone, so a run whose results are all reused parses nothing.
 */
public final class Build {
    private Build() {}

    /** Takes {@code request} through the pipeline, reusing what {@code reuse} offers. */
    public static Built run(BuildRequest request, Reuse reuse) {
        Path source = request.source();
        Options options = request.options();
        SourceNames names = new SourceNames(source);
        Problems problems = new Problems();

        // load
        ConfigLoader settings = new ConfigLoader(problems);
        HandbookConfig config = settings.load(source);
        // a handbook.yml that cannot be read declares no types and no fields: its problem is told alone,
        // not after a problem for every page that uses one of them
        Problems found = settings.unreadable() ? new Problems() : problems;
        Handbook handbook = new ContentLoader(config, found, options.drafts(), options.publishedOnly(), reuse.reads(source, config))
                .load(source, excluded(request, config));
        Theme theme = Theme.of(source, config.theme());
        Set<String> classes = theme.classes();
        Translations ui = theme.translations(config.language());
        Citations citations = Citations.load(source, config, names::of, ui.get("reader.sources"), found);
        MarkdownEngine markdown = new MarkdownEngine(config.language(), config.htmlBlocks(), classes, config.abbreviations().definitions(),
                citations.formatter());

        // scan
        PageScanner scanner = reuse.keeps()
                ? PageScanner.keeping(markdown, reuse.cache, reuse.tool, config.language() + "/" + config.htmlBlocks().keyword() + "/" + String.join(" ", classes)
                        + (config.citations().enabled() ? "/citations" : ""), reuse.scans)
                : PageScanner.cold(markdown);
        List<ScannedPage> scanned = scanner.scanAll(handbook.readingOrder());
        Entries entries = new EntryCollector(config, names::of, found).collect(scanned);
        LinkTargets targets = targets(handbook, scanned);

        CrossReferences references = CrossReferences.of(scanned);
        Glossary glossary = glossary(handbook);

        // check
        Checks.run(handbook, scanned, entries, targets, names, found);
        references.check(scanned, names::of, found);
        CitationChecks.run(citations, scanned, names::of, found);

        // ready to render
        CacheKey structure = reuse.keeps()
                ? StructureKey.of(reuse.tool, FolderDigest.of("theme", theme.lookFolders()), source, options, handbook,
                        scanned, scanner.shapes(), entries, references.key() + glossary)
                : Reuse.NOTHING_KEPT;
        PageKeys keys = new PageKeys(structure, scanner.textKeys());
        PageBodies bodies = new PageBodies(scanner, markdown, new FenceRenderings(config, entries, ValuePages.of(handbook, entries), ui::get), targets,
                new BodyMarkup(references, glossary, ui::get), reuse.cache, keys);
        List<PageBody> made = scanned.stream()
                .map(s -> new PageBody(s.page(), s.facts().headings(), () -> bodies.html(s.page())))
                .toList();
        RenderCache renders = reuse.keeps() ? new CachedRenders(reuse.cache, keys, reuse.structure) : RenderCache.NONE;
        return new Built(options, handbook, entries, made, theme, problems.sorted(), renders);
    }

    /** The folders the request leaves alone, and the files of abbreviations and sources, which is read with the settings, not a page. */
    private static Set<Path> excluded(BuildRequest request, HandbookConfig config) {
        Set<Path> excluded = new java.util.HashSet<>(request.excluded());
        if (config.abbreviations().file() != null) excluded.add(request.source().resolve(config.abbreviations().file()));
        // the bibliography and its style are read with the settings too, and not published
        if (config.citations().bibliography() != null) excluded.add(request.source().resolve(config.citations().bibliography()));
        if (config.citations().csl() != null) excluded.add(request.source().resolve(config.citations().csl()));
        return excluded;
    }

    /** The glossary {@code glossary:} names, with the handbook's abbreviations; none when it names no page. */
    private static Glossary glossary(Handbook handbook) {
        HandbookConfig config = handbook.config();
        String file = config.references().glossary();
        Page page = file == null ? null : handbook.readingOrder().stream()
                .filter(p -> p.sourcePath().equals(file)).findFirst().orElse(null);
        return Glossary.of(page, config.references().glossaryLinks(), config.language(),
                config.abbreviations().definitions(), handbook.readingOrder());
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
