package dev.handbook.render;

import dev.handbook.config.FooterLink;
import dev.handbook.config.HandbookConfig;
import dev.handbook.entry.Entries;
import dev.handbook.entry.ValuePages;
import dev.handbook.markdown.HeadingRef;
import dev.handbook.markdown.PageBody;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.SitePaths;
import dev.handbook.render.view.EntryView;
import dev.handbook.render.view.LinkView;
import dev.handbook.render.view.ListingView;
import dev.handbook.render.view.PageView;
import dev.handbook.render.view.SiteView;
import dev.handbook.render.view.TocItem;
import dev.handbook.text.Urls;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every view a page template gets, one method per kind of page. Each kind names only what it has; what
 * the generator's own pages lack is left out in one place and the frame is made in one, so that a part
 * added to {@link PageView} is added once and no kind of page can miss it. Safe to use from several threads.
 */
final class PageViews {
    /** Whether a page has the site's frame around it: sidebar, breadcrumbs and overview links. */
    private enum Frame { SITE, NONE }

    private final Handbook handbook;
    private final Entries entries;
    private final EntryPages entryPages;
    private final ValuePages valuePages;
    private final Navigation navigation;
    private final SidebarRuns sidebarRuns;
    private final DateTimeFormatter dates;
    private final SiteView site;

    PageViews(Handbook handbook, Entries entries, EntryPages entryPages, ValuePages valuePages, Templates templates,
            Locale locale) {
        this.handbook = handbook;
        this.entries = entries;
        this.entryPages = entryPages;
        this.valuePages = valuePages;
        this.navigation = new Navigation(handbook);
        this.sidebarRuns = new SidebarRuns(items -> templates.text("nav-run", items));
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        HandbookConfig config = handbook.config();
        this.site = new SiteView(config.title(), config.subtitle(), config.edition(), config.publisher(),
                format(config.date()), config.language(), footer(handbook), config.look());
    }

    /** What every page says of the site, the print page too. */
    SiteView site() {
        return site;
    }

    /**
     * A page of the handbook, around its rendered body {@code html}; a page that is the page of a field
     * value lists the entries with that value after its text.
     */
    PageView content(PageBody body, String html) {
        Page page = body.page();
        ListingView listing = valuePages.ofPage(page.outputPath())
                .map(v -> entryPages.valuePage(page.outputPath(), v.spec().key(), v.value()))
                .orElse(null);
        return view(page.outputPath(), Frame.SITE, page.title(), page.summary(), page.number(), format(page.updated()),
                page == handbook.home(), html, toc(body.headings()), navigation.previous(page), navigation.next(page),
                navigation.children(page), page.type() == null ? null : entryPages.header(page), listing, null,
                handbook.config().editUrl(page.sourcePath()).orElse(null));
    }

    /** A page that lists entries: an overview or a value page. */
    PageView listing(String path, String title, ListingView listing) {
        return generated(path, Frame.SITE, title, null, "", listing, null);
    }

    /** A page whose content is all its template's own (the search page, the page for a wrong address). */
    PageView templated(String path, String title) {
        return generated(path, Frame.SITE, title, null, "", null, null);
    }

    /** A page in the site's frame around {@code content} (safe HTML) made outside the renderer. */
    PageView framed(String path, String title, String summary, String content) {
        return generated(path, Frame.SITE, title, summary, content, null, null);
    }

    /**
     * A page that leads on to {@code target} (a permalink or an alias). It has no frame: it is left at
     * once, and there is one per entry, so a sidebar on each would make them many times their size.
     */
    PageView redirect(String path, String title, String summary, String target) {
        return generated(path, Frame.NONE, title, summary, "", null, Urls.relative(path, target));
    }

    /** A page the generator makes, which has no place in the reading order: no number, date, contents or neighbours. */
    private PageView generated(String path, Frame frame, String title, String summary, String content,
            ListingView listing, String redirect) {
        return view(path, frame, title, summary, "", null, false, content, List.of(), null, null, List.of(), null,
                listing, redirect, null);
    }

    private PageView view(String path, Frame frame, String title, String summary, String number, String updated,
            boolean home, String content, List<TocItem> toc, LinkView previous, LinkView next, List<LinkView> children,
            EntryView entry, ListingView listing, String redirect, String editUrl) {
        boolean framed = frame == Frame.SITE;
        return new PageView(site, Urls.root(path), path, title, summary, number, updated, home, content,
                framed ? sidebarRuns.of(path, navigation.sidebar(path)) : List.of(),
                framed ? navigation.breadcrumbs(path) : List.of(), toc, previous, next, children, entry, listing,
                redirect, framed ? overviewLinks(path) : List.of(), editUrl);
    }

    private static List<LinkView> footer(Handbook handbook) {
        List<LinkView> links = new ArrayList<>();
        for (FooterLink link : handbook.config().footer()) {
            handbook.readingOrder().stream()
                    .filter(p -> p.sourcePath().equals(link.page()))
                    .findFirst()
                    .ifPresent(p -> links.add(new LinkView(p.title(), p.outputPath(), p.number(), p.summary())));
        }
        return links;
    }

    private List<LinkView> overviewLinks(String from) {
        return handbook.config().types().values().stream()
                .map(t -> new LinkView(t.plural(), Urls.relative(from, SitePaths.overview(t)), "",
                        String.valueOf(entries.ofType(t.key()).size())))
                .toList();
    }

    private static List<TocItem> toc(List<HeadingRef> headings) {
        return headings.stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> new TocItem(h.level(), h.id(), h.text()))
                .toList();
    }

    private String format(LocalDate date) {
        return date == null ? null : date.format(dates);
    }
}
