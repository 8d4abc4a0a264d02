package dev.handbook.config;

import java.util.List;
import java.util.Locale;

/**
 * How a handbook explains its terms and lists its figures: the page whose definition list is the
 * glossary ({@code glossary:}), which uses of a term link to it ({@code glossary-links:}), and the lists
 * of figures and tables the print version carries ({@code lists:}).
 *
 * @param glossary the glossary page, relative to the content folder ("10-bijlagen/01-begrippenlijst.md"), or null
 * @param lists the lists of the print version, in the order given
 */
public record ReferenceSettings(String glossary, GlossaryLinks glossaryLinks, List<BookList> lists) {
    public static final ReferenceSettings NONE = new ReferenceSettings(null, GlossaryLinks.FIRST, List.of());

    public ReferenceSettings {
        lists = List.copyOf(lists);
    }

    /** Which uses of a glossary term in the text link to its definition. */
    public enum GlossaryLinks {
        /** the first use on each page */
        FIRST,
        /** every use */
        ALL,
        /** none: the glossary page still lists where each term is used */
        NONE;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A list the print version can carry after its contents. */
    public enum BookList {
        FIGURES, TABLES;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
