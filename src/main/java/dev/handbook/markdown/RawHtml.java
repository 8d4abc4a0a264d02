package dev.handbook.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import java.util.List;
import java.util.Set;

/**
 * Raw HTML in Markdown: reported where it holds active content, and rendered sanitised. A block is
 * cleaned whole; an inline tag (flexmark gives opening and closing tags separately) that is not safe
 * is left out, so that its text stays but nothing runs.
 */
final class RawHtml implements NodeRenderer {
    static void report(ParsedPage parsed, String file, Problems problems) {
        for (Node node : parsed.document().getDescendants()) {
            boolean unsafe = node instanceof HtmlBlock && !HtmlSanitizer.isSafe(node.getChars().toString())
                    || node instanceof HtmlInline && !HtmlSanitizer.isSafeTag(node.getChars().toString());
            if (unsafe) {
                problems.add(Problem.warning(file, SourcePositions.of(parsed.page(), node), "html.unsafe"));
            }
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> block(node, html)),
                new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> inline(node, html)),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> { }));
    }

    private static void block(HtmlBlock node, HtmlWriter html) {
        String raw = node.getChars().toString();
        html.line().raw(HtmlSanitizer.isSafe(raw) ? raw.strip() : HtmlSanitizer.clean(raw)).line();
    }

    private static void inline(HtmlInline node, HtmlWriter html) {
        String raw = node.getChars().toString();
        if (HtmlSanitizer.isSafeTag(raw)) html.raw(raw);
    }
}
