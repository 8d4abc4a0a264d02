package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MDX's {@code import X from '...'} and {@code export ...} statements at the top level of a page, as
 * Docusaurus pages have them: JavaScript for a React site, which a handbook does not run. MDX reads such
 * a statement up to the next blank line; CommonMark reads the same lines as a paragraph, so a paragraph at
 * the top level that begins with one is taken out of the page (and reported, see {@link MarkdownEngine})
 * instead of being printed as text, also where a formatter has wrapped it ({@code from} at the end of a
 * line, the next statement after a semicolon). Only the forms a statement takes count, so that a sentence
 * beginning with "import" stays a sentence; in code, a statement is code.
 */
final class MdxStatements implements NodeRenderer {
    private static final Pattern STATEMENT = Pattern.compile(
            "^(?:import\\s+(?:[\\w*{][^'\"\\n]*\\s+from\\s+)?['\"][^'\"\\n]+['\"][ \\t]*(?:;|\\n|$)"
                    + "|import\\s+(?:\\w+\\s*,\\s*)?\\{[^}'\"]*(?:\\n|$)"
                    + "|export\\s+(?:default|const|let|var|function|async|class)\\b|export\\s*[{*])");

    /** Statements taken out of a page, rendered as nothing. */
    static final class Statement extends Block {
        Statement(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Replaces the statements at the top level of {@code document}; gives them in the order they stand. */
    static List<Statement> takeOut(Document document) {
        List<Statement> statements = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; ) {
            Node next = node.getNext();
            if (node instanceof Paragraph paragraph && STATEMENT.matcher(paragraph.getChars()).find()) {
                Statement statement = new Statement(paragraph.getChars().trimEOL());
                paragraph.insertBefore(statement);
                paragraph.unlink();
                statements.add(statement);
            }
            node = next;
        }
        return statements;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Statement.class, (node, context, html) -> { }));
    }
}
