package dev.handbook.markdown.tabs;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Content tabs as MkDocs ({@code === "A"}) and Docusaurus ({@code <Tabs><TabItem label="A">}) write them. */
public final class TabsExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final String language;

    private TabsExtension(String language) {
        this.language = language;
    }

    public static TabsExtension create(String language) {
        return new TabsExtension(language);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new MkdocsTabParser.Factory());
        builder.customBlockParserFactory(new JsxTabsParser.Factory());
        builder.postProcessorFactory(new TabGrouping.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new TabsRenderer(language));
    }
}
