package dev.handbook.render;

import dev.handbook.config.HandbookConfig;
import dev.handbook.entry.Entries;
import dev.handbook.entry.FenceRenderings;
import dev.handbook.entry.ValuePages;
import dev.handbook.markdown.PageBody;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.output.OutputFile;
import dev.handbook.output.OutputSink;
import dev.handbook.output.Site;
import dev.handbook.render.print.PrintPage;
import dev.handbook.render.view.PageView;
import dev.handbook.search.PageSearch;
import dev.handbook.search.SearchParts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Renders the website through the theme's templates: one file per page, the overview of every entry
 * type (the case index among them), a page per field value, a permalink page per entry, and shared files.
 * It runs the page pass and puts the files in their order; the views are made by {@link PageViews},
 * the files of the structure by {@link SharedFiles}, the templates evaluated by {@link Templates}.
 */
public final class SiteRenderer implements Site {
    private final Handbook handbook;
    private final Entries entries;
    private final Templates templates;
    private final PageViews views;
    private final SharedFiles sharedFiles;
    private final List<PageBody> bodies;
    private final RenderCache cache;
    private final Translations ui;

    /**
     * @param bodies every page in reading order
     * @param cache what earlier builds rendered, taken instead of rendering it again
     */
    public SiteRenderer(Handbook handbook, Entries entries, Theme theme, List<PageBody> bodies, RenderCache cache) {
        this.bodies = List.copyOf(bodies);
        this.cache = cache;
        this.handbook = handbook;
        this.entries = entries;
        HandbookConfig config = handbook.config();
        Locale locale = Locale.forLanguageTag(config.language());
        Translations ui = theme.translations(config.language());
        this.ui = ui;
        this.templates = new Templates(theme, ui, locale);
        ValuePages valuePages = ValuePages.of(handbook, entries);
        EntryPages entryPages = new EntryPages(handbook, entries, new FenceRenderings(config, entries, valuePages, ui::get));
        this.views = new PageViews(handbook, entries, entryPages, valuePages, templates, locale);
        this.sharedFiles = new SharedFiles(handbook, entries, theme, ui, entryPages, valuePages, views, templates);
    }

    /** All files of the site, in memory, in a fixed order. */
    public List<OutputFile> files() {
        OutputFile[] pages = new OutputFile[bodies.size()];
        List<OutputFile> shared = sharedInMemory((index, file) -> pages[index] = file);
        List<OutputFile> files = new ArrayList<>(List.of(pages));
        files.addAll(shared);
        return files;
    }

    /** The files besides the pages, kept in memory (the print page too); pages go to {@code pages} when given. */
    private List<OutputFile> sharedInMemory(PageSink pages) {
        List<OutputFile> shared = new ArrayList<>();
        try {
            render(pages,
                    file -> shared.add(file instanceof OutputFile.Streamed streamed ? streamed.inMemory() : file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shared;
    }

    /**
     * Renders every file of the site into {@code sink} as soon as it is made, pages in parallel, so that
     * memory holds one page per thread rather than the whole site (gigabytes at 10,000 pages).
     */
    @Override
    public void writeTo(OutputSink sink) throws IOException {
        render((index, file) -> sink.add(file), sink);
    }

    /**
     * The site made when asked for, for the preview: a page when it is requested, the rest (print page,
     * search index, overviews, ...) once, when any of it is first requested. A save is then shown as soon
     * as the handbook is checked, not after every file of the site is made again.
     */
    public LazySite lazy() {
        return new LazySite(bodies, body -> page(body, new PageParts.Html(body::html)), () -> sharedInMemory(null), this);
    }

    /** Takes each page's file, by the page's place in reading order, from any thread. */
    @FunctionalInterface
    private interface PageSink {
        void add(int index, OutputFile file) throws IOException;
    }

    /**
     * The parallel pass over the pages, which also makes each page's part of the print page and of the
     * search index, so that what is left for after it is merging; then the files of the whole site,
     * which go to {@code shared} from this thread only. Without {@code pages}, only the parts are made.
     */
    private void render(PageSink pages, OutputSink shared) throws IOException {
        PrintPage print = new PrintPage(handbook, entries, bodies.stream().map(PageBody::page).toList(), ui::get);
        SearchParts search = new SearchParts(handbook, entries);
        PageParts parts = new PageParts(cache, print, search);
        List<PageParts.Made> made;
        try {
            made = IntStream.range(0, bodies.size()).parallel().mapToObj(index -> {
                PageBody body = bodies.get(index);
                PageParts.Html html = new PageParts.Html(body::html);
                try {
                    if (pages != null) pages.add(index, page(body, html));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return parts.of(body.page(), html);
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        renderShared(print, made, search, shared);
    }

    /**
     * The files made of the whole site, in a fixed order. The search index is merged on another thread
     * meanwhile, so that both cores work; its files still go to {@code sink} at their place.
     */
    private void renderShared(PrintPage print, List<PageParts.Made> made, SearchParts search, OutputSink sink)
            throws IOException {
        List<PageSearch> searchParts = made.stream().map(PageParts.Made::search).toList();
        BackgroundTask<List<OutputFile>> index = BackgroundTask.start("search-index", "the search index was merged",
                () -> search.files(searchParts));
        StructuralFiles files = cache.structural(sharedFiles::structural);
        sink.addAll(files.beforePrint());
        sink.add(templates.print(print.view(views.site(), made.stream().map(PageParts.Made::print).toList())));
        sink.addAll(files.afterPrint());
        sink.addAll(index.result());
        for (OutputFile asset : sharedFiles.assets()) sink.add(asset);
    }

    private OutputFile page(PageBody body, Supplier<String> html) {
        Page page = body.page();
        // read whole, not copied by the file system: a cached file is taken only once its checksum holds
        byte[] cached = cache.find(RenderCache.Part.PAGE, page);
        if (cached != null) return new OutputFile.Generated(page.outputPath(), cached);
        OutputFile.Generated made = renderPage(body, html.get());
        cache.keep(RenderCache.Part.PAGE, page, made.bytes());
        return made;
    }

    private OutputFile.Generated renderPage(PageBody body, String html) {
        PageView view = views.content(body, html);
        return templates.html(view.path(), view.home() ? "home" : "page", view);
    }

    /** A page in the site's frame around {@code content} (safe HTML), for pages made outside the renderer. */
    @Override
    public OutputFile page(String path, String title, String summary, String content) {
        return templates.html(path, "page", views.framed(path, title, summary, content));
    }
}
