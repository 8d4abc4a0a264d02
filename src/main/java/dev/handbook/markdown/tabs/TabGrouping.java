package dev.handbook.markdown.tabs;

import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts MkDocs tabs that follow each other (blank lines between them allowed) into one {@link TabSet}, as
 * pymdownx.tabbed does; {@code ===!} starts a new set. Docusaurus' tabs come in their set already.
 */
final class TabGrouping extends DocumentPostProcessor {
    @Override
    public Document processDocument(Document document) {
        List<ContentTab> loose = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof ContentTab tab && !(tab.getParent() instanceof TabSet)) loose.add(tab);
        }
        TabSet current = null;
        for (ContentTab tab : loose) {
            if (current == null || tab.startsSet() || tab.getPrevious() != current) {
                current = new TabSet(tab.getChars());
                tab.insertBefore(current);
            }
            tab.unlink();
            current.appendChild(tab);
            current.setCharsFromContent();
        }
        return document;
    }

    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new TabGrouping();
        }
    }
}
