package dev.handbook.markdown.tabs;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Content tabs: {@link ContentTab}s one after another, from consecutive MkDocs tabs ({@code === "A"})
 * or from a Docusaurus {@code <Tabs>} element.
 */
public final class TabSet extends Block {
    TabSet(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
