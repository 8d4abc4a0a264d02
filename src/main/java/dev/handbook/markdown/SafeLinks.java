package dev.handbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.handbook.text.UrlPolicy;
import java.util.Set;

/**
 * Every link and image flexmark renders, held to the {@link UrlPolicy} before flexmark's own renderer
 * writes it: a link whose URL the policy drops becomes its text, an image its alternative text. The URL
 * judged is the one the renderer would write, so what is judged is what would run. {@link FactFinder}
 * reports the same URLs, from the same tree, as warnings.
 */
final class SafeLinks implements NodeRenderer {
    /** The URL a node of the page's tree puts into the page, or null when it puts none (an undefined reference). */
    static String urlOf(Node node) {
        if (node instanceof AutoLink autoLink) return autoLink.getText().toString();
        if (node instanceof Link link) return link.getUrl().unescape();
        if (node instanceof Image image) return image.getUrl().unescape();
        if (node instanceof RefNode ref && ref.isDefined()) {
            Reference reference = ref.getReferenceNode(node.getDocument());
            return reference == null ? null : reference.getUrl().unescape();
        }
        return null;
    }

    static UrlPolicy.Use useOf(Node node) {
        return node instanceof Image || node instanceof ImageRef ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK;
    }

    /** Whether the policy drops the URL that {@code node} would put into the page. */
    static boolean isDropped(Node node) {
        String url = urlOf(node);
        return url != null && !UrlPolicy.allows(url, useOf(node));
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Link.class, (node, context, html) -> render(node, context)),
                new NodeRenderingHandler<>(LinkRef.class, (node, context, html) -> render(node, context)),
                new NodeRenderingHandler<>(AutoLink.class, (node, context, html) -> render(node, context)),
                new NodeRenderingHandler<>(Image.class, (node, context, html) -> render(node, context)),
                new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> render(node, context)));
    }

    private static void render(Node node, NodeRendererContext context) {
        if (!isDropped(node)) {
            context.delegateRender();
        } else if (node instanceof AutoLink autoLink) {
            context.getHtmlWriter().text(autoLink.getText());
        } else if (useOf(node) == UrlPolicy.Use.IMAGE) {
            context.getHtmlWriter().text(new TextCollectingVisitor().collectAndGetText(node));
        } else {
            context.renderChildren(node);
        }
    }
}
