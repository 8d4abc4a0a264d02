package dev.handbook.markdown.html;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A block of raw HTML as Python-Markdown reads it: from a block-level tag at the start of a line to the
 * tag that closes it, whatever lies between (blank lines, indented lines). It is a flexmark {@link
 * HtmlBlock}, so it is sanitised, reported and its links resolved as every other block of raw HTML.
 */
final class RawBlockParser extends AbstractBlockParser {
    private final HtmlBlock block = new HtmlBlock();
    private final String name;
    private final int[] depth;
    private BlockContent content = new BlockContent();
    private boolean finished;

    /**
     * @param depth how many elements of this name the opening line left open
     * @param closed whether the opening line closed the element already
     */
    RawBlockParser(String name, int[] depth, boolean closed) {
        this.name = name;
        this.depth = depth;
        this.finished = closed;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (finished) return BlockContinue.none();
        if (HtmlTags.follow(state.getLine(), state.getIndex(), name, depth) != null) finished = true;
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        content.add(line, state.getIndent());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        content = null;
    }

    @Override
    public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
        return false; // blank lines inside the element are its own, as in a fenced code block
    }
}
