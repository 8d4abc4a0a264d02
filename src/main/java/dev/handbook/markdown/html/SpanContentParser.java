package dev.handbook.markdown.html;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An element with {@code markdown="span"} (or {@code "1"} on a paragraph, heading, cell or item): its
 * content up to the closing tag is one run of inline Markdown, on as many lines as it takes, and may end
 * on the closing tag's line ({@code <p markdown="1">Een *korte* zin.</p>}).
 */
final class SpanContentParser extends AbstractBlockParser {
    private final MarkdownInHtml block = new MarkdownInHtml();
    private final String name;
    private final int[] depth;
    private BlockContent content = new BlockContent();
    private HtmlTagLine closing;
    private boolean finished;
    /** Where the closing tag cuts the line that {@link #addLine} gets next (from the line's start), or -1. */
    private int cut = -1;
    private MarkdownInHtml.SpanContent text;

    /** @param firstLine what follows the opening tag on its line (up to the closing tag, when that is there too) */
    SpanContentParser(HtmlTagLine opening, String name, int[] depth, BasedSequence firstLine, HtmlTagLine closedOnFirstLine) {
        this.name = name;
        this.depth = depth;
        block.appendChild(opening);
        if (!firstLine.isBlank()) content.add(firstLine, 0);
        if (closedOnFirstLine != null) {
            closing = closedOnFirstLine;
            finished = true;
        }
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (finished) return BlockContinue.none();
        BasedSequence line = state.getLine();
        HtmlTags.Closing end = HtmlTags.follow(line, state.getIndex(), name, depth);
        if (end != null) {
            finished = true;
            cut = end.start() - state.getIndex();
            closing = new HtmlTagLine(line.subSequence(end.start(), end.end()), -1, -1);
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        BasedSequence kept = cut >= 0 ? line.subSequence(0, Math.min(cut, line.length())) : line;
        cut = -1;
        if (!kept.isBlank()) content.add(kept, state.getIndent());
    }

    @Override
    public void closeBlock(ParserState state) {
        if (content.getLineCount() > 0) {
            text = new MarkdownInHtml.SpanContent(content.getContents().trim());
            block.appendChild(text);
        }
        content = null;
        if (closing != null) block.appendChild(closing);
        block.setCharsFromContent();
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (text != null) inlineParser.parse(text.getChars(), text);
    }

    @Override
    public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
        return false;
    }
}
