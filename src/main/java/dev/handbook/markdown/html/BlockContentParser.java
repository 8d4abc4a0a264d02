package dev.handbook.markdown.html;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An element with {@code markdown="1"} (or {@code "block"}) whose content is blocks of Markdown: a
 * container that holds every line up to the tag that closes the element, which it takes itself. Tags in
 * a code block inside it are text, not HTML, and are not counted.
 */
final class BlockContentParser extends AbstractBlockParser {
    private final MarkdownInHtml block = new MarkdownInHtml();
    private final String name;
    private final int[] depth;
    private HtmlTagLine closing;
    private boolean closed;

    /** @param depth how many elements of this name the opening line left open */
    BlockContentParser(HtmlTagLine opening, String name, int[] depth) {
        this.name = name;
        this.depth = depth;
        block.appendChild(opening);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) return BlockContinue.none();
        BlockParser innermost = state.getActiveBlockParser();
        if (innermost instanceof FencedCodeBlockParser || innermost instanceof IndentedCodeBlockParser) {
            return BlockContinue.atIndex(state.getIndex());
        }
        BasedSequence line = state.getLine();
        HtmlTags.Closing end = HtmlTags.follow(line, state.getIndex(), name, depth);
        if (end == null) return BlockContinue.atIndex(state.getIndex());
        closed = true;
        if (!line.subSequence(state.getIndex(), end.start()).isBlank()) {
            // "text</div>": the line is content and its closing tag goes with it
            return BlockContinue.atIndex(state.getIndex());
        }
        closing = new HtmlTagLine(line.subSequence(end.start(), end.end()), -1, -1);
        return BlockContinue.atIndex(state.getLineEndIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {}

    @Override
    public void closeBlock(ParserState state) {
        if (closing != null) block.appendChild(closing);
        block.setCharsFromContent();
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }
}
