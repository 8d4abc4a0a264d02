package dev.handbook.render.print;

import dev.handbook.cache.Memo;
import dev.handbook.config.EntryType;
import dev.handbook.config.HandbookConfig;
import dev.handbook.content.Slugs;
import dev.handbook.entry.Entries;
import dev.handbook.markdown.RenderedPage;
import dev.handbook.model.Entry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.render.view.PrintView;
import dev.handbook.render.view.SiteView;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the print page: a cover, a table of contents, every page in reading order with its number,
 * and an appendix per entry type, all in one document whose links stay inside it (as mdBook's print
 * renderer does).
 */
public final class PrintPage {
    public static final String PATH = "print.html";

    private PrintPage() {}

    public static PrintView of(Handbook handbook, Entries entries, List<RenderedPage> bodies, SiteView site) {
        return of(handbook, entries, bodies, site, Memo.NONE);
    }

    /** As {@link #of(Handbook, Entries, List, SiteView)}, each page's rewritten body made once per content. */
    public static PrintView of(Handbook handbook, Entries entries, List<RenderedPage> bodies, SiteView site, Memo memo) {
        List<Page> pages = bodies.stream().map(RenderedPage::page).toList();
        PrintAnchors anchors = new PrintAnchors(pages, entries.all());
        PrintBody rewriter = new PrintBody(anchors);
        HandbookConfig config = handbook.config();
        List<PrintView.Part> parts = bodies.parallelStream().map(body -> {
            Page page = body.page();
            int level = page.number().isEmpty() ? 2 : 2 + page.number().split("\\.").length - 1;
            String label = entryLabel(config, entries, page);
            return new PrintView.Part(anchors.page(page.outputPath()), level, page.number(), page.title(),
                    page.summary(), label, memo.text("print", page, () -> rewriter.rewrite(page.outputPath(), body.html(), level)), level == 2);
        }).toList();
        List<PrintView.Part> toc = parts.stream().filter(p -> !p.number().isEmpty()).toList();
        List<PrintView.Appendix> appendices = new ArrayList<>();
        for (EntryType type : config.types().values()) {
            List<PrintView.AppendixItem> items = entries.ofType(type.key()).stream()
                    .map(e -> new PrintView.AppendixItem(type.label() + " " + e.number(), e.title(),
                            anchors.target(e.permalink(), "")))
                    .toList();
            appendices.add(new PrintView.Appendix("bijlage-" + Slugs.slug(type.plural()), type.plural(), items));
        }
        return new PrintView(site, toc, parts, appendices);
    }

    private static String entryLabel(HandbookConfig config, Entries entries, Page page) {
        if (page.type() == null) return null;
        Entry entry = entries.standaloneAt(page.outputPath()).orElse(null);
        EntryType type = config.types().get(page.type());
        return entry == null || type == null ? null : type.label() + " " + entry.number();
    }
}
