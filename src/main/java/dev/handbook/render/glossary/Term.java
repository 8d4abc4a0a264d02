package dev.handbook.render.glossary;

import java.util.List;

/**
 * A glossary term.
 *
 * @param name as the glossary writes it ("Community of practice (CoP)")
 * @param anchor its id on the glossary page ("begrip-community-of-practice-cop")
 * @param definition its definition as plain text, for the popover
 * @param variants the words that are a use of it: the name, and for "X (Y)" both X and Y
 * @param abbreviation whether it comes from the handbook's abbreviations rather than the glossary page
 */
public record Term(String name, String anchor, String definition, List<String> variants, boolean abbreviation) {
    public Term {
        variants = List.copyOf(variants);
    }
}
