package dev.handbook.render.view;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The whole handbook as one printable page.
 *
 * @param front what the cover and colophon show besides the site's title, edition and publisher
 * @param toc the home page, chapters, sections and pages with their anchors, for the table of contents
 * @param parts every page in reading order, its body rewritten so that ids are unique and links stay in the page
 * @param appendices one list per entry type, as the overview pages have them
 */
public record PrintView(SiteView site, Front front, List<TocLine> toc, List<Part> parts, List<Appendix> appendices) {
    public PrintView {
        toc = List.copyOf(toc);
        parts = List.copyOf(parts);
        appendices = List.copyOf(appendices);
    }

    /**
     * The cover's and colophon's own lines.
     *
     * @param logo the logo's path in the site, or null
     * @param web where the current edition is published, or null
     */
    public record Front(String licence, String isbn, String logo, String web) {}

    /** A line of a table of contents: a page's title, number and anchor. */
    public record TocLine(String anchor, int level, String number, String title) {}

    /** A field of a standalone entry, its values as labels ("Thema: Bewoners in beeld, Sturen op impact"). */
    public record Field(String label, String values) {}

    /**
     * A page of the handbook in the print page.
     *
     * @param path the page's path in the site, by which the PDF of its chapter finds it
     * @param level the heading level of its title (2 for a chapter, deeper for sections and pages)
     * @param fields a standalone entry's fields, as its web page shows them; empty for other pages
     * @param chapterStart whether a new page starts here
     * @param opening a chapter's own contents, for its opening page; empty for other pages
     */
    public record Part(String path, String anchor, int level, String number, String title, String summary, String entryLabel,
            List<Field> fields, Html content, boolean chapterStart, List<TocLine> opening) {
        public Part {
            fields = List.copyOf(fields);
            opening = List.copyOf(opening);
        }
    }

    /**
     * A page's rewritten body, kept as UTF-8 (half the size of a String of text with curly quotes in
     * it; at 10,000 pages the print page is 84 MB) and written to the print page's file as it is.
     */
    public static final class Html {
        private final byte[] utf8;

        public Html(byte[] utf8) {
            this.utf8 = utf8;
        }

        public void writeTo(OutputStream out) throws IOException {
            out.write(utf8);
        }

        /** The HTML as text, for templates that print it through a filter. */
        @Override
        public String toString() {
            return new String(utf8, StandardCharsets.UTF_8);
        }
    }

    public record Appendix(String anchor, String title, List<AppendixItem> items) {
        public Appendix {
            items = List.copyOf(items);
        }
    }

    public record AppendixItem(String label, String title, String href) {}
}
