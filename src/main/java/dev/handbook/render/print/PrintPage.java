package dev.handbook.render.print;

import dev.handbook.config.EntryType;
import dev.handbook.config.HandbookConfig;
import dev.handbook.config.Imprint;
import dev.handbook.entry.Entries;
import dev.handbook.markdown.PageBody;
import dev.handbook.model.Asset;
import dev.handbook.model.Entry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.render.view.PrintView;
import dev.handbook.render.view.SiteView;
import dev.handbook.text.Slugs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Builds the print page: a cover, a table of contents, every page in reading order with its number,
 * and an appendix per entry type, all in one document whose links stay inside it (as mdBook's print
 * renderer does). Made in two steps: each page's part in the page pass ({@link #part}), from the body
 * the page pass has parsed anyway, then the whole page from the parts ({@link #view}).
 */
public final class PrintPage {
    private final Handbook handbook;
    private final Entries entries;
    private final List<Page> pages;
    private final PrintAnchors anchors;
    private final PrintBody rewriter;
    private final PrintFields fields;
    private final Function<String, String> ui;

    /** @param pages every page of the print page, in reading order */
    public PrintPage(Handbook handbook, Entries entries, List<Page> pages) {
        this(handbook, entries, pages, key -> key);
    }

    /** @param ui interface strings by key, for the titles of the lists of figures and tables */
    public PrintPage(Handbook handbook, Entries entries, List<Page> pages, Function<String, String> ui) {
        this.ui = ui;
        this.handbook = handbook;
        this.entries = entries;
        this.pages = List.copyOf(pages);
        this.anchors = new PrintAnchors(this.pages, entries.all());
        this.rewriter = new PrintBody(anchors);
        this.fields = new PrintFields(handbook.config(), entries);
    }

    /** The print page at once, from rendered bodies in reading order. */
    public static PrintView of(Handbook handbook, Entries entries, List<PageBody> bodies, SiteView site) {
        PrintPage print = new PrintPage(handbook, entries, bodies.stream().map(PageBody::page).toList());
        List<byte[]> parts = bodies.parallelStream()
                .map(body -> print.part(body.page(), Jsoup.parseBodyFragment(body.html()).body()))
                .toList();
        return print.view(site, parts);
    }

    /**
     * A page's part of the print page, as UTF-8: its body with ids made unique and links kept inside
     * the print page. It rewrites {@code body}, the parsed {@code <body>} of the page's HTML.
     */
    public byte[] part(Page page, Element body) {
        return rewriter.rewrite(page.outputPath(), body, level(page)).getBytes(StandardCharsets.UTF_8);
    }

    /** The print page, from every page's part ({@link #part}), in the reading order the pages were given in. */
    public PrintView view(SiteView site, List<byte[]> contents) {
        HandbookConfig config = handbook.config();
        List<PrintView.TocLine> toc = new ArrayList<>();
        for (Page page : pages) {
            // the home page and other unnumbered pages at the top count as chapters: the Voorwoord is in the contents
            if (!page.number().isEmpty() || level(page) == 2) {
                toc.add(new PrintView.TocLine(anchors.page(page.outputPath()), level(page), page.number(), page.title()));
            }
        }
        List<PrintView.Part> parts = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            int level = level(page);
            parts.add(new PrintView.Part(page.outputPath(), anchors.page(page.outputPath()), level, page.number(), page.title(),
                    page.summary(), entryLabel(config, page), fields.of(page), new PrintView.Html(contents.get(i)),
                    level == 2, level == 2 ? opening(toc, anchors.page(page.outputPath())) : List.of()));
        }
        List<PrintView.Appendix> appendices = new ArrayList<>();
        for (EntryType type : config.types().values()) {
            List<PrintView.AppendixItem> items = entries.ofType(type.key()).stream()
                    .map(e -> new PrintView.AppendixItem(type.label() + " " + e.number(), e.title(),
                            anchors.target(e.permalink(), "")))
                    .toList();
            appendices.add(new PrintView.Appendix("bijlage-" + Slugs.slug(type.plural()), type.plural(), items));
        }
        appendices.addAll(FigureLists.of(config.references().lists(), contents, ui));
        return new PrintView(site, front(config), toc, parts, appendices);
    }

    /** The lines of the contents below the chapter at {@code anchor}, up to the next chapter. */
    private static List<PrintView.TocLine> opening(List<PrintView.TocLine> toc, String anchor) {
        List<PrintView.TocLine> lines = new ArrayList<>();
        boolean in = false;
        for (PrintView.TocLine line : toc) {
            if (line.level() == 2) {
                if (in) break;
                in = line.anchor().equals(anchor);
            } else if (in && line.level() == 3) {
                lines.add(line);
            }
        }
        return lines;
    }

    private PrintView.Front front(HandbookConfig config) {
        Imprint imprint = config.imprint();
        String logo = imprint.logo() == null ? null : handbook.assets().stream()
                .filter(a -> a.sourcePath().equals(imprint.logo()))
                .map(Asset::outputPath)
                .findFirst().orElse(null);
        return new PrintView.Front(imprint.licence(), imprint.isbn(), logo, config.baseUrl());
    }

    /** The heading level of a page's title: 2 for a chapter, one deeper per level of its number. */
    private static int level(Page page) {
        return page.number().isEmpty() ? 2 : 2 + page.number().split("\\.").length - 1;
    }

    private String entryLabel(HandbookConfig config, Page page) {
        if (page.type() == null) return null;
        Entry entry = entries.standaloneAt(page.outputPath()).orElse(null);
        EntryType type = config.types().get(page.type());
        return entry == null || type == null ? null : type.label() + " " + entry.number();
    }
}
