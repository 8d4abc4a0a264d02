package dev.handbook.markdown.fence;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * Renders a fenced block as an {@code aside}: an entry with its number, title and field values, or
 * a callout with its label. A block without a rendering (an unknown name, already reported) renders
 * its content in a plain {@code div}, so that nothing the editor wrote is lost.
 */
final class FencedBlockRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedBlock.class, this::render));
    }

    private void render(FencedBlock block, NodeRendererContext context, HtmlWriter html) {
        FenceRendering r = block.rendering();
        if (r == null) {
            html.withAttr().attr("class", "handbook-fence").tagLineIndent("div", () -> context.renderChildren(block));
            return;
        }
        String base = r.isEntry() ? "handbook-entry" : "handbook-callout";
        html.attr("class", base + " " + base + "--" + r.modifier());
        if (r.id() != null) html.attr("id", r.id());
        if (r.title() != null && r.id() != null) html.attr("aria-labelledby", r.id() + "-title");
        else html.attr("aria-label", r.label());
        html.withAttr().tagLineIndent("aside", () -> {
            html.attr("class", base + "__header").withAttr().tagLine("div", () -> {
                html.attr("class", base + "__label").withAttr().tag("p");
                if (r.labelHref() != null) {
                    html.attr("href", r.labelHref()).withAttr().tag("a").text(r.label()).closeTag("a");
                } else {
                    html.text(r.label());
                }
                html.closeTag("p").line();
                if (r.title() != null) {
                    if (r.id() != null) html.attr("id", r.id() + "-title");
                    html.attr("class", base + "__title").withAttr().tag("p").text(dev.handbook.text.Quotes.curl(r.title())).closeTag("p").line();
                }
            });
            html.attr("class", base + "__body").withAttr().tagLineIndent("div", () -> context.renderChildren(block));
            if (!r.fields().isEmpty()) {
                html.attr("class", base + "__fields").withAttr().tagLineIndent("dl", () -> {
                    for (FenceRendering.FieldLink field : r.fields()) {
                        html.tag("dt").text(field.fieldLabel()).closeTag("dt").line();
                        html.tag("dd");
                        boolean first = true;
                        for (FenceRendering.ValueLink value : field.values()) {
                            if (!first) html.raw(", ");
                            first = false;
                            if (value.href() == null) {
                                html.text(value.label());
                            } else {
                                html.attr("href", value.href()).withAttr().tag("a").text(value.label()).closeTag("a");
                            }
                        }
                        html.closeTag("dd").line();
                    }
                });
            }
            if (!r.related().isEmpty()) {
                html.attr("class", base + "__related").withAttr().tag("p").text(r.relatedLabel() + ": ");
                boolean first = true;
                for (FenceRendering.ValueLink link : r.related()) {
                    if (!first) html.raw(", ");
                    first = false;
                    html.attr("href", link.href()).withAttr().tag("a").text(link.label()).closeTag("a");
                }
                html.closeTag("p").line();
            }
        });
    }
}
