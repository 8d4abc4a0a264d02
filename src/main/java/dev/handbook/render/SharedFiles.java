package dev.handbook.render;

import dev.handbook.entry.Entries;
import dev.handbook.entry.GeneratedPaths;
import dev.handbook.entry.ValuePages;
import dev.handbook.markdown.diagram.Diagrams;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.SitePaths;
import dev.handbook.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files of the site that are not made of a page's body: those made from the structure alone
 * (overviews, value pages, permalink and alias pages, the contents script, the search page, the page
 * for a wrong address), which a cache keeps while the structure stays the same ({@link StructuralFiles}), and the assets.
 */
final class SharedFiles {
    /** The folder of the theme's assets that holds mermaid and its loader. */
    private static final String MERMAID = "mermaid/";

    private final Handbook handbook;
    private final Entries entries;
    private final Theme theme;
    private final Translations ui;
    private final EntryPages entryPages;
    private final ValuePages valuePages;
    private final PageViews views;
    private final Templates templates;

    SharedFiles(Handbook handbook, Entries entries, Theme theme, Translations ui, EntryPages entryPages,
            ValuePages valuePages, PageViews views, Templates templates) {
        this.handbook = handbook;
        this.entries = entries;
        this.theme = theme;
        this.ui = ui;
        this.entryPages = entryPages;
        this.valuePages = valuePages;
        this.views = views;
        this.templates = templates;
    }

    /** Made on both cores where there are many of a kind: a handbook has a permalink page per entry. */
    StructuralFiles structural() {
        List<OutputFile.Generated> before = new ArrayList<>(overviews());
        before.addAll(valuePages());
        before.addAll(entries.all().parallelStream()
                .map(e -> redirect(e.permalink(), e.title(), e.target(), e.summary()))
                .toList());
        before.addAll(GeneratedPaths.aliases(handbook).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(a -> redirect(a.getKey(), a.getValue().title(), a.getValue().outputPath(), a.getValue().summary()))
                .toList());
        before.add(new OutputFile.Generated(SitePaths.TOC_SCRIPT, TocScript.of(handbook).getBytes(StandardCharsets.UTF_8)));
        List<OutputFile.Generated> after = List.of(
                templated(SitePaths.SEARCH, "search", ui.get("search.title")),
                templated(SitePaths.NOT_FOUND, "not-found", ui.get("not-found.title")));
        return new StructuralFiles(before, after);
    }

    /** The theme's assets, then the handbook's own, copied as they are. */
    List<OutputFile> assets() {
        List<OutputFile> copied = new ArrayList<>();
        boolean diagrams = handbook.readingOrder().stream().anyMatch(p -> Diagrams.mayBeIn(p.markdown()));
        for (Map.Entry<String, Path> asset : theme.assets().entrySet()) {
            // mermaid is most of the theme's weight: a site without diagrams goes without it
            if (!diagrams && asset.getKey().startsWith(MERMAID)) continue;
            copied.add(new OutputFile.Copied("assets/" + asset.getKey(), asset.getValue()));
        }
        copied.add(new OutputFile.Generated(EntryTypeStyles.PATH,
                EntryTypeStyles.css(handbook.config().types().values(), theme).getBytes(StandardCharsets.UTF_8)));
        for (Asset asset : handbook.assets()) copied.add(new OutputFile.Copied(asset.outputPath(), asset.file()));
        return copied;
    }

    private List<OutputFile.Generated> overviews() {
        String caseIndex = entryPages.caseIndexType();
        return handbook.config().types().values().parallelStream().map(type -> {
            String path = SitePaths.overview(type);
            String template = type.key().equals(caseIndex) ? "case-index" : "overview";
            return templates.html(path, template, views.listing(path, type.plural(), entryPages.overview(type, path)));
        }).toList();
    }

    /** The value pages that no content page is (those are rendered with the pages). */
    private List<OutputFile.Generated> valuePages() {
        return valuePages.generated().parallelStream().map(v -> {
            String path = v.generated();
            String title = v.spec().label() + ": " + v.spec().labelOf(v.value());
            return templates.html(path, "field-value", views.listing(path, title, entryPages.valuePage(path, v.spec().key(), v.value())));
        }).toList();
    }

    private OutputFile.Generated redirect(String path, String title, String target, String summary) {
        return templates.html(path, "permalink", views.redirect(path, title, summary, target));
    }

    private OutputFile.Generated templated(String path, String template, String title) {
        return templates.html(path, template, views.templated(path, title));
    }
}
