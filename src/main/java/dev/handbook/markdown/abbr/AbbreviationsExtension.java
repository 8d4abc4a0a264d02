package dev.handbook.markdown.abbr;

import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Map;

/**
 * Abbreviations as Python-Markdown and PHP Markdown Extra write them ({@code *[BBP]: Bruto binnenlands
 * product}), on the page and handbook-wide. The definition lines are read by flexmark's own block
 * parser and never shown; the uses are marked by {@link AbbreviationMarker} instead of flexmark's
 * post-processor, because that one knows only the page's definitions and would have brought autolinking
 * along (it orders itself after flexmark-ext-autolink, which is left out of the build).
 */
public final class AbbreviationsExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final Map<String, String> handbookWide;

    private AbbreviationsExtension(Map<String, String> handbookWide) {
        this.handbookWide = Map.copyOf(handbookWide);
    }

    /** @param handbookWide expansion by abbreviation for every page; a page's own definitions win */
    public static AbbreviationsExtension create(Map<String, String> handbookWide) {
        return new AbbreviationsExtension(handbookWide);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AbbreviationBlockParser.Factory());
        builder.postProcessorFactory(new AbbreviationMarker.Factory(handbookWide));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new AbbreviationRenderer());
    }
}
