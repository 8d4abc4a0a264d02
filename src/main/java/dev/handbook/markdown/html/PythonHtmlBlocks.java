package dev.handbook.markdown.html;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.block.BlockFactory;
import java.util.Set;

/**
 * Blocks of raw HTML as Python-Markdown (and so MkDocs) reads them, for handbooks that come from there
 * ({@code html-blocks: python} in {@code handbook.yml}). A block-level tag at the start of a line that
 * does not continue a paragraph opens a block that runs to its matching closing tag, blank lines and
 * indented lines included, where CommonMark ends it at the first blank line and reads what is indented
 * after it as code. An element with a {@code markdown} attribute ({@code "1"}, {@code "block"}, {@code
 * "span"}, or bare, as Material for MkDocs writes it) has Markdown content instead; elements nested in it
 * are raw HTML again unless they carry the attribute too, as in Python-Markdown 3.3 and later.
 */
public final class PythonHtmlBlocks implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private PythonHtmlBlocks() {}

    public static PythonHtmlBlocks create() {
        return new PythonHtmlBlocks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new ContentRenderer());
    }

    /** An element with Markdown content is its tags (rendered as raw HTML) around its content. */
    private static final class ContentRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(MarkdownInHtml.class, (node, context, html) -> context.renderChildren(node)),
                    new NodeRenderingHandler<>(MarkdownInHtml.SpanContent.class, (node, context, html) -> context.renderChildren(node)));
        }
    }

    private static final class Factory extends BlockFactory {
        @Override
        public Set<Class<?>> getBeforeDependents() {
            // before CommonMark's HTML blocks and indented code, so that a block-level tag is read this way first
            return Set.of(HtmlBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            BlockParser container = matched.getBlockParser();
            if (container.isParagraphParser() || container.getBlock() instanceof MarkdownInHtml.SpanContent) {
                return BlockStart.none(); // a tag that continues a paragraph is CommonMark's to read
            }
            BasedSequence line = state.getLine();
            HtmlTags.Opening open = HtmlTags.opening(line, state.getNextNonSpaceIndex());
            if (open == null) return BlockStart.none();
            int[] depth = {1};
            HtmlTags.Closing closing = HtmlTags.follow(line, open.end(), open.name(), depth);
            if (open.content() == HtmlTags.Content.RAW) {
                return BlockStart.of(new RawBlockParser(open.name(), depth, closing != null)).atIndex(state.getIndex());
            }
            HtmlTagLine opening = new HtmlTagLine(line.subSequence(open.start(), open.end()),
                    open.markdownStart() - open.start(), open.markdownEnd() - open.start());
            if (open.content() == HtmlTags.Content.SPAN || closing != null) {
                // One line that holds the whole element is read as a run of inline Markdown, whatever its kind.
                BasedSequence first = closing == null ? state.getLineWithEOL().subSequence(open.end())
                        : line.subSequence(open.end(), closing.start());
                HtmlTagLine end = closing == null ? null
                        : new HtmlTagLine(line.subSequence(closing.start(), closing.end()), -1, -1);
                return BlockStart.of(new SpanContentParser(opening, open.name(), depth, first, end)).atIndex(state.getLineEndIndex());
            }
            return BlockStart.of(new BlockContentParser(opening, open.name(), depth)).atIndex(open.end());
        }
    }
}
