package dev.handbook.markdown.tabs;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Content tabs as the WAI-ARIA tabs pattern: a tab list of buttons ({@code role=tab}, each controlling its
 * panel) and panels ({@code role=tabpanel}, named by their tab). As written here they work without a
 * script and on paper: the tab list is hidden and each panel shows its label above it, one after another.
 * handbook.js shows the list, hides the labels and all panels but the selected one, and moves between tabs
 * with the arrow keys, Home and End. Ids are numbered per page (flexmark makes a renderer per document).
 */
final class TabsRenderer implements NodeRenderer {
    private final String tabWord;
    private int sets;

    TabsRenderer(String language) {
        this.tabWord = "en".equals(language) ? "Tab" : "Tabblad";
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(TabSet.class, this::render),
                new NodeRenderingHandler<>(ContentTab.class, (node, context, html) -> context.renderChildren(node)));
    }

    private void render(TabSet set, NodeRendererContext context, HtmlWriter html) {
        String id = "handbook-tabs-" + ++sets;
        List<ContentTab> tabs = new ArrayList<>();
        for (Node child : set.getChildren()) if (child instanceof ContentTab tab) tabs.add(tab);
        int selected = 0;
        for (int i = 0; i < tabs.size(); i++) if (tabs.get(i).selected()) { selected = i; break; }
        html.line().raw("<div class=\"handbook-tabs\" id=\"" + id + "\">").line();
        html.raw("<div class=\"handbook-tabs__list\" role=\"tablist\" hidden>");
        for (int i = 0; i < tabs.size(); i++) {
            String n = id + "-" + (i + 1);
            html.raw("<button type=\"button\" class=\"handbook-tabs__tab\" role=\"tab\" id=\"" + n + "-tab\" aria-controls=\""
                    + n + "\" aria-selected=\"" + (i == selected) + "\"" + (i == selected ? "" : " tabindex=\"-1\"") + ">"
                    + label(tabs.get(i), i) + "</button>");
        }
        html.raw("</div>").line();
        int i = 0;
        for (Node child : set.getChildren()) {
            if (!(child instanceof ContentTab tab)) {
                context.render(child);
                continue;
            }
            String n = id + "-" + (i + 1);
            html.raw("<div class=\"handbook-tabs__panel\" role=\"tabpanel\" id=\"" + n + "\" aria-labelledby=\"" + n + "-tab\""
                    + (i == selected ? " data-selected" : "") + ">").line();
            html.raw("<p class=\"handbook-tabs__label\">" + label(tab, i) + "</p>").line();
            context.renderChildren(tab);
            html.line().raw("</div>").line();
            i++;
        }
        html.raw("</div>").line();
    }

    private String label(ContentTab tab, int index) {
        return tab.label().isBlank() ? tabWord + " " + (index + 1) : Escaping.escapeHtml(tab.label(), false);
    }
}
