package dev.handbook.markdown.cite;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A link's text is no place for a citation ({@code [@pbl2023](https://www.pbl.nl)}, {@code [zie @a](x.md)}):
 * the inline parser reads the {@code @} before it knows the bracket opens a link, so what it read there
 * becomes text again.
 */
final class CitationsInLinks extends DocumentPostProcessor {
    @Override
    public Document processDocument(Document document) {
        List<CitationNode> inLinks = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof CitationNode citation && insideLink(citation)) inLinks.add(citation);
        }
        for (CitationNode citation : inLinks) {
            citation.insertBefore(new Text(citation.getChars()));
            citation.unlink();
        }
        return document;
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link || parent instanceof LinkRef) return true;
        }
        return false;
    }

    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new CitationsInLinks();
        }
    }
}
