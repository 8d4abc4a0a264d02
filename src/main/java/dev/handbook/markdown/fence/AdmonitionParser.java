package dev.handbook.markdown.fence;

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
 * Parses MkDocs admonitions as Python-Markdown reads them: {@code !!! kind "Titel"}, collapsible
 * {@code ??? kind} and open {@code ???+ kind}, with a body indented by four spaces, in which anything
 * goes (lists, code, more admonitions). Words after the kind are classes for MkDocs' theme ({@code inline
 * end}); they have no meaning here and are left out. The block is a {@link FencedBlock}, so that it
 * becomes a callout or, mapped to an entry type, an entry, exactly as a colon fence would.
 */
final class AdmonitionParser extends IndentedBody {
    private static final Pattern OPENING = Pattern.compile(
            "^(!!!|\\?\\?\\?\\+?)[ \\t]*([\\w-]+)((?:[ \\t]+[\\w-]+)*)(?:[ \\t]+\"(.*)\")?[ \\t]*$");

    private final FencedBlock block;

    private AdmonitionParser(FencedBlock block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public void closeBlock(ParserState state) {}

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
            FencedBlock.Form form = switch (m.group(1)) {
                case "!!!" -> FencedBlock.Form.ADMONITION;
                case "???" -> FencedBlock.Form.COLLAPSIBLE;
                default -> FencedBlock.Form.COLLAPSIBLE_OPEN;
            };
            // Without a title MkDocs shows the kind's name, which is the callout's label here already.
            String title = m.group(4) == null ? "" : m.group(4).strip();
            FencedBlock block = new FencedBlock(rest.trimEOL(), state.getLineNumber(), 3, m.group(2), title,
                    FenceAttributes.NONE, form);
            return BlockStart.of(new AdmonitionParser(block)).atIndex(state.getLineEndIndex());
        }
    }
}
