package dev.handbook.markdown.fence;

import java.util.List;

/**
 * How a fenced block renders, decided once the handbook's entry types are known.
 *
 * @param kind "entry" or "callout"; css modifier and element follow from it
 * @param modifier the type or callout name, for the class {@code handbook-entry--tip}
 * @param id the anchor id, or null for a callout
 * @param label what stands above the title: "Tip 3.4" or "Let op"
 * @param labelHref where the label links (the permalink page), or null
 * @param title the entry's title, or null
 * @param fields field values as links to their pages
 * @param related the entries to see also ("Zie ook"), both ways
 * @param variant the entry type or admonition kind in full ("success", drawn as the tip callout)
 * @param disclosure whether the block can be folded away (MkDocs' {@code ???}), and how it starts
 */
public record FenceRendering(
        String kind,
        String modifier,
        String id,
        String label,
        String labelHref,
        String title,
        List<FieldLink> fields,
        String relatedLabel,
        List<ValueLink> related,
        String variant,
        Disclosure disclosure) {

    /** A block to fold: none, or a {@code details} element that starts closed or open. */
    public enum Disclosure { NONE, CLOSED, OPEN }

    public record FieldLink(String fieldLabel, List<ValueLink> values) {}

    public record ValueLink(String label, String href) {}

    public FenceRendering {
        fields = List.copyOf(fields);
        related = List.copyOf(related);
    }

    public boolean isEntry() {
        return kind.equals("entry");
    }
}
