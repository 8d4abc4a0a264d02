package dev.handbook.markdown.fence;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.block.BlockFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses colon fences as container blocks. A closing line of at least as many colons closes the
 * innermost open fence, so fences nest with longer outer fences (as in Pandoc) and also with equal ones.
 * Each fence counts the fences open inside it, so that a closing line is matched in constant time:
 * flexmark offers every line to every open container, and looking through them all again for each would
 * make a page of nested fences take time with the cube of their number.
 */
final class FencedBlockParser extends AbstractBlockParser {
    private static final Pattern OPENING = Pattern.compile(
            "^(:{3,})[ \\t]*([A-Za-z][\\w-]*)(?:\\[([^\\]]*)\\])?[ \\t]*(.*?)[ \\t]*(?:\\{([^}]*)\\})?[ \\t]*$");
    private static final Pattern CLOSING = Pattern.compile("^(:{3,})[ \\t]*$");

    private final FencedBlock block;
    /** The fence this one was opened in, or null. */
    private final FencedBlockParser outer;
    private BlockContent content = new BlockContent();
    private boolean closed;
    /** How many fences opened inside this one are still open: while any is, a closing line is theirs. */
    private int openInside;

    private FencedBlockParser(FencedBlock block, FencedBlockParser outer) {
        this.block = block;
        this.outer = outer;
        if (outer != null) outer.openInside++;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) return BlockContinue.none();
        BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex());
        Matcher closing = CLOSING.matcher(rest);
        if (state.getIndent() >= 4 || !closing.matches()) return BlockContinue.atIndex(state.getIndex());
        if (openInside > 0) return BlockContinue.atIndex(state.getIndex());
        if (closing.group(1).length() < block.fenceLength()) return BlockContinue.atIndex(state.getIndex());
        close();
        block.markClosed();
        return BlockContinue.atIndex(state.getLineEndIndex());
    }

    /** Ends this fence, by its closing line or because what holds it ended; tells the fence it was opened in. */
    private void close() {
        if (closed) return;
        closed = true;
        if (outer != null) outer.openInside--;
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        content.add(line, state.getIndent());
    }

    @Override
    public void closeBlock(ParserState state) {
        close();
        block.setContent(content);
        content = null;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    static final class Factory extends BlockFactory {
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
            BasedSequence line = state.getLine();
            BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex());
            Matcher m = OPENING.matcher(rest);
            if (!m.matches()) return BlockStart.none();
            // Docusaurus puts the title in brackets ({@code :::note[Titel]}); Pandoc after a space
            String title = m.group(3) != null ? (plain(m.group(3)) + " " + m.group(4).strip()).strip() : m.group(4).strip();
            FencedBlock block = new FencedBlock(rest.trimEOL(), state.getLineNumber(), m.group(1).length(), m.group(2), title,
                    FenceAttributes.parse(m.group(5)), FencedBlock.Form.COLON);
            return BlockStart.of(new FencedBlockParser(block, enclosing(state, matched))).atIndex(state.getLineEndIndex());
        }

        /**
         * A Docusaurus title as text: it may be written in Markdown ({@code :::note[**Let op**]}), and a
         * title here is plain text, so its emphasis and code marks are left out rather than shown.
         */
        private static String plain(String title) {
            // a title is a line; one of thousands of marks would make these patterns search long
            if (title.length() > 500) return title.strip();
            return title.replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
                    .replaceAll("(?<![\\w*])[*_](?=\\S)(.+?)(?<=\\S)[*_](?![\\w*])", "$1")
                    .replaceAll("`([^`]+)`", "$1")
                    .strip();
        }

        /** The innermost open fence that holds the container the new fence goes into, or null. */
        private static FencedBlockParser enclosing(ParserState state, MatchedBlockParser matched) {
            var parsers = state.getActiveBlockParsers();
            boolean inside = false;
            for (int i = parsers.size() - 1; i >= 0; i--) {
                BlockParser parser = parsers.get(i);
                if (parser == matched.getBlockParser()) inside = true;
                if (inside && parser instanceof FencedBlockParser fence && !fence.closed) return fence;
            }
            return null;
        }
    }
}
