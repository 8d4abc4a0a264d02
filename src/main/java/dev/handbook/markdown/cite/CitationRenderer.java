package dev.handbook.markdown.cite;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * A citation as the style formats it, in a span; a key the bibliography lacks stays as written (the
 * check reports it), so the reader sees what the editor wrote rather than nothing.
 */
final class CitationRenderer implements NodeRenderer {
    private final CitationFormatter formatter;

    CitationRenderer(CitationFormatter formatter) {
        this.formatter = formatter;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(CitationNode.class, this::render));
    }

    private void render(CitationNode node, NodeRendererContext context, HtmlWriter html) {
        boolean known = node.items().stream().allMatch(item -> formatter.knows(item.key()));
        if (!known) {
            html.withAttr().attr("class", "citation citation-unknown").tag("span").text(node.getChars().toString()).tag("/span");
            return;
        }
        html.withAttr().attr("class", "citation").tag("span");
        html.raw(formatter.cite(node.items(), node.narrative()));
        html.tag("/span");
    }
}
