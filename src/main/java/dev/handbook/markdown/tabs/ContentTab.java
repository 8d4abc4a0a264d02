package dev.handbook.markdown.tabs;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** One tab of a {@link TabSet}: its label and its content (the node's children, Markdown). */
public final class ContentTab extends Block {
    private final String label;
    private final boolean selected;
    /** An MkDocs tab written {@code ===!}: it starts a tab set of its own even right after another tab. */
    private final boolean startsSet;

    ContentTab(BasedSequence chars, String label, boolean selected, boolean startsSet) {
        super(chars);
        this.label = label;
        this.selected = selected;
        this.startsSet = startsSet;
    }

    public String label() {
        return label;
    }

    public boolean selected() {
        return selected;
    }

    boolean startsSet() {
        return startsSet;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
