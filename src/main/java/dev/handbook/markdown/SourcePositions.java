package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.model.Page;
import dev.handbook.yaml.Pos;
import java.util.Arrays;

/**
 * Maps a node of a page body to its line and column in the Markdown file, front matter included. The
 * starts of the body's lines are found once per parsed page and kept with its document, so that a page
 * with thousands of problems is not read from its start once for each.
 */
public final class SourcePositions {
    /** Where each line of a document's text starts. */
    private static final NullableDataKey<int[]> LINE_STARTS = new NullableDataKey<>("handbook.line-starts");

    private SourcePositions() {}

    public static Pos of(Page page, Node node) {
        Document document = documentOf(node);
        // a node an extension has taken out of the tree still points into the page's text
        BasedSequence all = document != null ? document.getChars() : node.getChars().getBaseSequence();
        int offset = Math.max(0, Math.min(node.getStartOffset(), all.length()));
        int[] starts = document == null ? null : LINE_STARTS.get(document);
        if (starts == null) {
            starts = lineStarts(all);
            if (document != null) document.set(LINE_STARTS, starts);
        }
        int found = Arrays.binarySearch(starts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new Pos(page.bodyLine() + line, offset - starts[line] + 1);
    }

    /** The node's document, or null when it is no longer in one (flexmark's own look-up asserts it is). */
    private static Document documentOf(Node node) {
        Node at = node;
        while (at != null && !(at instanceof Document)) at = at.getParent();
        return (Document) at;
    }

    private static int[] lineStarts(BasedSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n') continue;
            if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}
