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
import dev.handbook.yaml.Pos;
import java.util.Set;

/**
 * Raw HTML in Markdown: reported where it holds active content or a URL the {@link
 * dev.handbook.text.UrlPolicy} drops, and rendered sanitised. A block is cleaned whole; an inline tag
 * (flexmark gives opening and closing tags separately) loses what is not safe, or is left out when the
 * tag itself is not allowed, so that its text stays but nothing runs.
 */
final class RawHtml implements NodeRenderer {
    static void report(ParsedPage parsed, String file, Problems problems) {
        for (Node node : parsed.document().getDescendants()) {
            boolean block = node instanceof HtmlBlock;
            if (!block && !(node instanceof HtmlInline)) continue;
            String raw = node.getChars().toString();
            if (block ? HtmlSanitizer.isSafe(raw) : HtmlSanitizer.isSafeTag(raw)) continue;
            Pos at = SourcePositions.of(parsed.page(), node);
            if (block ? HtmlSanitizer.hasActiveMarkup(raw) : HtmlSanitizer.isActiveTag(raw)) {
                problems.add(Problem.warning(file, at, "html.unsafe"));
            }
            for (HtmlSanitizer.DroppedUrl url : HtmlSanitizer.droppedUrls(raw)) {
                Pos pos = new Pos(at.line() + url.line() - 1, url.line() == 1 ? at.column() + url.column() - 1 : url.column());
                problems.add(DroppedUrls.problem(file, pos, url.url(), url.use()));
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
        html.raw(HtmlSanitizer.isSafeTag(raw) ? raw : HtmlSanitizer.cleanTag(raw));
    }
}
