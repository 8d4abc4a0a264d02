package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders a text node exactly as flexmark's core renderer does (its escapes and entities read, line
 * ends made {@code \n}, {@code & < > "} escaped), but looks for those characters first: the core
 * renderer runs three regular expressions over every text node, a large part of rendering a body
 * (README, "Performance"), and most text holds none of them.
 */
final class PlainText implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainText::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getChars().toString();
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) text = Escaping.unescapeString(text);
        if (text.indexOf('\r') >= 0) text = Escaping.normalizeEOL(text);
        if (needsEscaping(text)) {
            html.text(text);
        } else {
            html.append(text);
        }
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') return true;
        }
        return false;
    }
}
