package dev.handbook.model;

import java.util.List;

/** A folder of Markdown: a chapter at the top level, a section deeper down. */
public record Section(Page index, List<TocNode> children) implements TocNode {
    public Section {
        children = List.copyOf(children);
    }

    @Override
    public Page page() {
        return index;
    }
}
