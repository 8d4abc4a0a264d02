package dev.handbook.markdown.cite;

import java.util.Collection;
import java.util.List;

/**
 * Formats citations and lists of sources as HTML in the handbook's citation style. Implemented with a
 * CSL processor above this package (see {@code dev.handbook.cite}); here only what rendering a page needs.
 * Safe to call from several threads.
 */
public interface CitationFormatter {
    /** The citation in the text, such as "(CBS, 2024, p. 12)" or, narrative, "CBS (2024)". */
    String cite(List<CiteItem> items, boolean narrative);

    /** The entries of {@code keys} that are known, as the style orders them, each an HTML block. */
    List<String> entries(Collection<String> keys);

    /** Every entry of the bibliography, as the style orders them. */
    List<String> allEntries();

    /** Whether {@code key} names an entry. */
    boolean knows(String key);

    /** The heading over a page's sources ("Bronnen"). */
    String heading();

    /** The source path of the page that lists every entry, or null for none. */
    String bibliographyPage();
}
