package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/** The first paragraph of a block's text, cut at a word near {@value #LENGTH} characters: a summary. */
final class FirstLines {
    static final int LENGTH = 220;

    private FirstLines() {}

    static String of(Node block) {
        for (Node node : block.getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                StringBuilder collected = new StringBuilder();
                collect(paragraph, collected);
                String text = collected.toString().replaceAll("\\s+", " ").strip();
                if (text.length() <= LENGTH) return text;
                int cut = text.lastIndexOf(' ', LENGTH);
                return text.substring(0, cut > 0 ? cut : LENGTH) + " …";
            }
        }
        return "";
    }

    /**
     * The text of a node as written, quotes included: flexmark's text collector leaves out the marks of
     * its quote nodes ("later" gives later), and Quotes.curl curls them as the body's renderer does.
     */
    private static void collect(Node node, StringBuilder out) {
        if (node instanceof TypographicQuotes quotes) {
            out.append(quotes.getOpeningMarker());
            for (Node child : quotes.getChildren()) collect(child, out);
            out.append(quotes.getClosingMarker());
        } else if (node.hasChildren()) {
            for (Node child : node.getChildren()) collect(child, out);
        } else {
            out.append(new TextCollectingVisitor().collectAndGetText(node));
        }
    }
}
