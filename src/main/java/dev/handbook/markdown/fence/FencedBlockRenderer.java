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

    /** The block's classes: its callout or type, and its own kind where that differs ("success" drawn as a tip). */
    private static String classes(String base, FenceRendering r) {
        String classes = base + " " + base + "--" + r.modifier();
        return r.variant() == null || r.variant().equals(r.modifier()) ? classes : classes + " " + base + "--" + r.variant();
    }

    /**
     * A collapsible block ({@code ??? kind}) as a {@code details} element whose summary holds the label and
     * title; the print page opens it, as paper cannot.
     */
    private static void details(FencedBlock block, FenceRendering r, String base, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", classes(base, r) + " " + base + "--collapsible");
        if (r.disclosure() == FenceRendering.Disclosure.OPEN) html.attr("open", "");
        html.withAttr().tagLineIndent("details", () -> {
            html.attr("class", base + "__header").withAttr().tag("summary");
            html.attr("class", base + "__label").withAttr().tag("span").text(r.label()).closeTag("span");
            if (r.title() != null) {
                html.raw(" ");
                html.attr("class", base + "__title").withAttr().tag("span").text(r.title()).closeTag("span");
            }
            html.closeTag("summary").line();
            html.attr("class", base + "__body").withAttr().tagLineIndent("div", () -> context.renderChildren(block));
        });
    }

    private void render(FencedBlock block, NodeRendererContext context, HtmlWriter html) {
        FenceRendering r = block.rendering();
        if (r == null) {
            html.withAttr().attr("class", "handbook-fence").tagLineIndent("div", () -> context.renderChildren(block));
            return;
        }
        String base = r.isEntry() ? "handbook-entry" : "handbook-callout";
        if (r.disclosure() != FenceRendering.Disclosure.NONE) {
            details(block, r, base, context, html);
            return;
        }
        html.attr("class", classes(base, r));
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
