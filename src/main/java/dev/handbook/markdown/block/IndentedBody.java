package dev.handbook.markdown.block;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;

/**
 * A block whose body is indented by four spaces under its opening line, as Python-Markdown's extensions
 * write it (MkDocs admonitions {@code !!!}, content tabs {@code ===}): it holds any blocks, blank lines
 * go on, and the first line indented less ends it.
 */
public abstract class IndentedBody extends AbstractBlockParser {
    /** How far the body is indented. */
    public static final int INDENT = 4;

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        if (state.getIndent() >= INDENT) return BlockContinue.atColumn(state.getColumn() + INDENT);
        return BlockContinue.none();
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
