package dev.handbook.search;

/**
 * One search result: a section of a page (from one h2 or h3 heading to the next, or the page's opening
 * before its first heading) or an entry.
 *
 * @param url where the result leads, from the site root ("regio/aanpak.html#kop")
 * @param title what the result is called: the page title for a page's opening, the heading for a later
 *     section, the entry's title for an entry
 * @param context what the result is part of, shown under the title and weighed lightly: the page title
 *     for a later section or an inline entry; empty otherwise
 * @param type the entry type the result belongs to, or empty for plain pages
 * @param label the entry's label ("Tip 3.4"), or empty
 * @param chapter index into the chapter labels of the index, or -1 for the home page
 * @param text the plain body text, for matching and for snippets
 * @param keywords more words that find the document but are not shown: an entry's field values
 * @param kind what {@code title} is, which sets how much it weighs
 */
public record SearchDocument(
        String url,
        String title,
        String context,
        String type,
        String label,
        int chapter,
        String text,
        String keywords,
        TitleKind kind) {

    /** What a document's title is: a page title, a section heading, an entry title or a glossary term. */
    public enum TitleKind { PAGE, HEADING, ENTRY, TERM }
}
