package dev.handbook.markdown.diagram;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mermaid diagrams: a fenced code block whose language is {@code mermaid} becomes a figure that holds its
 * source, which the vendored mermaid (theme assets, {@code assets/mermaid/}) draws in the browser. The
 * source stays the text alternative: on paper and in the PDF, which run no script, the figure shows it
 * under its caption; on the web the script keeps a copy of it under the drawing. Other code blocks are
 * left to flexmark.
 */
public final class Diagrams implements NodeRenderer {
    /** What the page template looks for in a body to load mermaid, only ever written by {@link #render}. */
    public static final String MARKER = "<figure class=\"handbook-diagram\"";
    /**
     * Any fence line of a mermaid block, wherever it stands (in a list, a quote, a tab): more than only
     * such lines may match, never fewer, so that no page with a diagram is without the script.
     */
    private static final Pattern FENCE = Pattern.compile("(?:`{3,}|~{3,})[ \\t]*\\{?[ \\t]*\\.?mermaid(?![\\w-])",
            Pattern.CASE_INSENSITIVE);

    private final String caption;

    public Diagrams(String language) {
        this.caption = "en".equals(language) ? "Diagram (its source, in Mermaid, is its text version)"
                : "Diagram (de broncode, in Mermaid, is de tekstversie)";
    }

    /** Whether a page's Markdown may hold a diagram: its site then gets mermaid's files. */
    public static boolean mayBeIn(String markdown) {
        return markdown.indexOf("ermaid") >= 0 && FENCE.matcher(markdown).find();
    }

    /** Whether a rendered body holds a diagram: its page then loads mermaid. */
    public static boolean isIn(String html) {
        return html != null && html.contains(MARKER);
    }

    static boolean isDiagram(FencedCodeBlock block) {
        String info = block.getInfo().toString().strip().toLowerCase(Locale.ROOT);
        return info.equals("mermaid") || info.startsWith("mermaid ") || info.equals("{.mermaid}");
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        if (!isDiagram(block)) {
            context.delegateRender();
            return;
        }
        String source = block.getContentChars().normalizeEOL();
        html.line().raw(MARKER + ">").line();
        // openPre: the writer keeps the source's indentation, which mermaid reads
        html.openPre().raw("<pre class=\"mermaid handbook-diagram__source\">" + Escaping.escapeHtml(source.stripTrailing(), false) + "</pre>")
                .closePre().line();
        html.raw("<figcaption>" + caption + "</figcaption>").line();
        html.raw("</figure>").line();
    }
}
