package dev.handbook.markdown.cite;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Citations in Pandoc's syntax ({@link CitationSyntax}), rendered with the handbook's style. Only a
 * handbook with a bibliography gets this extension, so in one without, {@code @} and {@code [@x]} stay text.
 */
public final class CitationsExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final CitationFormatter formatter;

    private CitationsExtension(CitationFormatter formatter) {
        this.formatter = formatter;
    }

    public static CitationsExtension create(CitationFormatter formatter) {
        return new CitationsExtension(formatter);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new CitationSyntax.Factory());
        builder.postProcessorFactory(new CitationsInLinks.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new CitationRenderer(formatter));
    }
}
