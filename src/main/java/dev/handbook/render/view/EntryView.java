package dev.handbook.render.view;

import dev.handbook.markdown.fence.FenceRendering;
import java.util.List;

/** The header of a page that is an entry itself: its label ("Casus 9.3"), field values and related entries. */
public record EntryView(String label, String type, List<FenceRendering.FieldLink> fields, List<FenceRendering.ValueLink> related) {
    public EntryView {
        fields = List.copyOf(fields);
        related = List.copyOf(related);
    }
}
