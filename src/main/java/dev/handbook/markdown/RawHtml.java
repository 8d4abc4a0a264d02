package dev.handbook.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.markdown.html.HtmlTagLine;
import dev.handbook.yaml.Pos;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Raw HTML in Markdown: reported where it holds active content or a URL the {@link
 * dev.handbook.text.UrlPolicy} drops, and rendered sanitised. A block is cleaned whole; an inline tag
 * (flexmark gives opening and closing tags separately) loses what is not safe, or is left out when the
 * tag itself is not allowed, so that its text stays but nothing runs; a block that opens or closes an element
 * split over Markdown keeps it open or closed ({@link SplitHtml}). Its links and image sources lead
 * where Markdown links do: found here for the link check ({@link HtmlLinks}) and resolved as the HTML is
 * written, after sanitising, by the same {@link LinkRewriter}.
 */
final class RawHtml implements NodeRenderer {
    /**
     * Reports the raw HTML of {@code parsed} and adds its links to {@code links} and the ids of its
     * elements to {@code ids}.
     */
    static void report(ParsedPage parsed, String file, Problems problems, List<PageFacts.LinkUse> links,
            Collection<String> ids) {
        for (Node node : parsed.document().getDescendants()) {
            boolean block = node instanceof HtmlBlock;
            if (!block && !(node instanceof HtmlInline) && !(node instanceof HtmlTagLine)) continue;
            String raw = raw(node);
            Pos at = null;
            HtmlLinks.Scan scan = HtmlLinks.scan(raw);
            if (!scan.links().isEmpty() || !scan.ids().isEmpty()) {
                at = SourcePositions.of(parsed.page(), node);
                ids.addAll(scan.ids());
                for (HtmlLinks.Found link : scan.links()) {
                    links.add(new PageFacts.LinkUse(link.url(), link.image(), within(at, link.line(), link.column())));
                }
            }
            if (block ? SplitHtml.isSafe(raw) : HtmlSanitizer.isSafeTag(raw)) continue;
            if (at == null) at = SourcePositions.of(parsed.page(), node);
            if (block ? SplitHtml.hasActiveMarkup(raw) : HtmlSanitizer.isActiveTag(raw)) {
                problems.add(Problem.warning(file, at, "html.unsafe"));
            }
            for (HtmlSanitizer.DroppedUrl url : HtmlSanitizer.droppedUrls(raw)) {
                problems.add(DroppedUrls.problem(file, within(at, url.line(), url.column()), url.url(), url.use()));
            }
        }
    }

    /**
     * The HTML a node holds as written; of a tag line, with its {@code markdown} attribute (which only the
     * parser reads) blanked out, so that columns stay those of the file.
     */
    private static String raw(Node node) {
        return node instanceof HtmlTagLine tag ? tag.blanked() : node.getChars().toString();
    }

    /** A place in a node's HTML (1-based line and column within it) as a place in the Markdown file. */
    private static Pos within(Pos at, int line, int column) {
        return new Pos(at.line() + line - 1, line == 1 ? at.column() + column - 1 : column);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> block(node, context, html)),
                new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> inline(node.getChars().toString(), context, html)),
                new NodeRenderingHandler<>(HtmlTagLine.class, (node, context, html) -> tagLine(node, context, html)),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> { }));
    }

    private static void block(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        String raw = node.getChars().toString();
        html.line().raw(links(SplitHtml.clean(raw), context)).line();
    }

    private static void inline(String raw, NodeRendererContext context, HtmlWriter html) {
        html.raw(links(HtmlSanitizer.isSafeTag(raw) ? raw : HtmlSanitizer.cleanTag(raw), context));
    }

    private static void tagLine(HtmlTagLine node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        inline(node.html(), context, html);
        html.line();
    }

    /** {@code safe} with its links resolved for the page being rendered (none when no page is attached). */
    private static String links(String safe, NodeRendererContext context) {
        PageLinkResolver.PageLinks page = PageLinkResolver.PAGE_LINKS.get(context.getDocument());
        if (page == null) return safe;
        return HtmlLinks.rewrite(safe, (url, image) -> page.rewriter().href(page.page(), url, image));
    }
}
