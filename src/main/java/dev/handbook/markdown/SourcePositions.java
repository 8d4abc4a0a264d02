package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.model.Page;
import dev.handbook.yaml.Pos;

/** Maps a node of a page body to its line and column in the Markdown file, front matter included. */
public final class SourcePositions {
    private SourcePositions() {}

    public static Pos of(Page page, Node node) {
        BasedSequence all = node.getDocument().getChars();
        int offset = Math.min(node.getStartOffset(), all.length());
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (all.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Pos(page.bodyLine() + line, offset - lineStart + 1);
    }
}
