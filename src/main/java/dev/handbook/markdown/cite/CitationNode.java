package dev.handbook.markdown.cite;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * A citation in a page's text: {@code [@a; @b, p. 3]} in brackets, or {@code @a} in running text
 * (narrative: "CBS (2024)"). Rendered by {@link CitationRenderer} with the handbook's CSL style.
 */
public final class CitationNode extends Node {
    private final List<CiteItem> items;
    private final boolean narrative;

    CitationNode(BasedSequence chars, List<CiteItem> items, boolean narrative) {
        super(chars);
        this.items = List.copyOf(items);
        this.narrative = narrative;
    }

    public List<CiteItem> items() {
        return items;
    }

    public boolean narrative() {
        return narrative;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
