package dev.handbook.render.view;

import java.util.List;

/**
 * The whole handbook as one printable page.
 *
 * @param toc chapters, sections and pages with their anchors, for the table of contents
 * @param parts every page in reading order, its body rewritten so that ids are unique and links stay in the page
 * @param appendices one list per entry type, as the overview pages have them
 */
public record PrintView(SiteView site, List<Part> toc, List<Part> parts, List<Appendix> appendices) {
    public PrintView {
        toc = List.copyOf(toc);
        parts = List.copyOf(parts);
        appendices = List.copyOf(appendices);
    }

    /**
     * A page of the handbook in the print page.
     *
     * @param level the heading level of its title (2 for a chapter, deeper for sections and pages)
     * @param chapterStart whether a new page starts here
     */
    public record Part(String anchor, int level, String number, String title, String summary, String entryLabel,
            String content, boolean chapterStart) {}

    public record Appendix(String anchor, String title, List<AppendixItem> items) {
        public Appendix {
            items = List.copyOf(items);
        }
    }

    public record AppendixItem(String label, String title, String href) {}
}
