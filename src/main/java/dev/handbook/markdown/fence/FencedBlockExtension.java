package dev.handbook.markdown.fence;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Colon fences for entries and callouts, as Pandoc, Quarto, Docusaurus, VitePress and MyST write them,
 * and MkDocs' admonitions ({@code !!!}, {@code ???}), which mean the same.
 */
public final class FencedBlockExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private FencedBlockExtension() {}

    public static FencedBlockExtension create() {
        return new FencedBlockExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new FencedBlockParser.Factory());
        builder.customBlockParserFactory(new AdmonitionParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new FencedBlockRenderer());
    }
}
