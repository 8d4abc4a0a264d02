package dev.handbook.markdown.tabs;

import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.block.BlockFactory;
import dev.handbook.markdown.block.IndentedBody;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tab as pymdownx.tabbed writes it: {@code === "Label"} ({@code ===+} selected, {@code ===!} a new
 * set), its content the lines after it indented by four spaces, blank lines included, up to the first
 * line indented less. Consecutive tabs are put in one {@link TabSet} after parsing ({@link TabGrouping}).
 */
final class MkdocsTabParser extends IndentedBody {
    private static final Pattern OPENING = Pattern.compile("^===([+!]{0,2})[ \\t]+\"(.*)\"[ \\t]*$");

    private final ContentTab block;

    private MkdocsTabParser(ContentTab block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
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
            BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex());
            Matcher m = OPENING.matcher(rest.trimEOL());
            if (!m.matches()) return BlockStart.none();
            ContentTab tab = new ContentTab(rest.trimEOL(), m.group(2).strip(), m.group(1).contains("+"), m.group(1).contains("!"));
            return BlockStart.of(new MkdocsTabParser(tab)).atIndex(state.getLineEndIndex());
        }
    }
}
