package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/** The first paragraph of a block's text, cut at a word near {@value #LENGTH} characters: a summary. */
final class FirstLines {
    static final int LENGTH = 220;

    private FirstLines() {}

    static String of(Node block) {
        for (Node node : block.getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                String text = new TextCollectingVisitor().collectAndGetText(paragraph).replaceAll("\\s+", " ").strip();
                if (text.length() <= LENGTH) return text;
                int cut = text.lastIndexOf(' ', LENGTH);
                return text.substring(0, cut > 0 ? cut : LENGTH) + " …";
            }
        }
        return "";
    }
}
