package dev.handbook.markdown.abbr;

import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.HashSet;
import java.util.Set;

/**
 * An abbreviation as {@code <abbr title>}, which a mouse shows on hover. A title alone reaches neither
 * touch screens nor most screen readers, so the first use on a page is followed by its expansion in words,
 * hidden on screen but read aloud, and printed in parentheses; a tap on any use shows it on screen too
 * (handbook.js). Later uses are the {@code <abbr>} alone, as an editor would write it out once. The
 * definition lines render as nothing. flexmark makes a renderer for each document, so "first" is per page.
 */
final class AbbreviationRenderer implements NodeRenderer {
    static final String EXPANSION_CLASS = "handbook-abbr__expansion";
    private final Set<String> used = new HashSet<>();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Abbreviation.class, this::render),
                new NodeRenderingHandler<>(AbbreviationUse.class, this::render),
                new NodeRenderingHandler<>(AbbreviationBlock.class, (node, context, html) -> { }));
    }

    private void render(Abbreviation node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getChars().unescape();
        String expansion = node.getAbbreviation().unescape().strip();
        String title = Escaping.escapeHtml(expansion, false);
        html.raw("<abbr class=\"handbook-abbr\" title=\"" + title + "\">" + Escaping.escapeHtml(text, false) + "</abbr>");
        if (used.add(text)) html.raw("<span class=\"" + EXPANSION_CLASS + "\"> (" + title + ")</span>");
    }
}
