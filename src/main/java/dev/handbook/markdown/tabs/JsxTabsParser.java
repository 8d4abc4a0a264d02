package dev.handbook.markdown.tabs;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.block.BlockFactory;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus' tabs in MDX: a line {@code <Tabs …>} opens a {@link TabSet} up to its line {@code </Tabs>};
 * inside it each {@code <TabItem value="a" label="A" default>} up to {@code </TabItem>} is a {@link
 * ContentTab} whose lines are Markdown, taken out of the indentation of its first line (MDX has no
 * indented code blocks, so the usual indentation of JSX must not make one). The element lines are read
 * here, before the HTML block parsers see them, so that they are not reported as active content.
 */
final class JsxTabsParser extends AbstractBlockParser {
    private static final Pattern TABS = Pattern.compile("^<Tabs(\\s[^>]*)?>\\s*$");
    private static final Pattern TABS_END = Pattern.compile("^</Tabs\\s*>\\s*$");
    private static final Pattern ITEM = Pattern.compile("^<TabItem(\\s[^>]*)?>\\s*$");
    private static final Pattern ITEM_END = Pattern.compile("^</TabItem\\s*>\\s*$");

    private final Block block;
    /** Null for the tab set, else the set this tab is in. */
    private final JsxTabsParser set;
    private boolean closed;
    /** The indentation of the tab's content, from its first line that is not blank; -1 before it. */
    private int contentIndent = -1;
    /** Tab sets opened inside this one and still open: while any is, a closing line is theirs. */
    private int openInside;

    private JsxTabsParser(Block block, JsxTabsParser set, JsxTabsParser outer) {
        this.block = block;
        this.set = set;
        if (outer != null) outer.openInside++;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) return BlockContinue.none();
        BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
        if (set == null) {
            if (openInside == 0 && TABS_END.matcher(rest).matches()) return close(state);
            return BlockContinue.atIndex(state.getIndex());
        }
        if (set.openInside == 0 && ITEM_END.matcher(rest).matches()) return close(state);
        if (state.isBlank()) return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        if (contentIndent < 0) contentIndent = state.getIndent();
        return BlockContinue.atColumn(state.getColumn() + Math.min(contentIndent, state.getIndent()));
    }

    /** Ends this set or tab at its closing line, which it takes. */
    private BlockContinue close(ParserState state) {
        if (set == null) outerDone();
        closed = true;
        return BlockContinue.atIndex(state.getLineEndIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
        if (set == null && !closed) outerDone();
        block.setCharsFromContent();
    }

    private JsxTabsParser enclosingSet;

    private void outerDone() {
        if (enclosingSet != null && enclosingSet.openInside > 0) enclosingSet.openInside--;
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
        public Set<Class<?>> getBeforeDependents() {
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
            BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
            BlockParser container = matched.getBlockParser();
            if (container instanceof JsxTabsParser tabs && tabs.set == null && !tabs.closed) {
                Matcher item = ITEM.matcher(rest);
                if (!item.matches()) return BlockStart.none();
                Map<String, String> attributes = JsxAttributes.parse(item.group(1) == null ? "" : item.group(1));
                String label = attributes.getOrDefault("label", attributes.getOrDefault("value", ""));
                ContentTab tab = new ContentTab(rest, label.strip(), attributes.containsKey("default"), false);
                return BlockStart.of(new JsxTabsParser(tab, tabs, null)).atIndex(state.getLineEndIndex());
            }
            if (state.getIndent() >= 4 && !(container instanceof JsxTabsParser)) return BlockStart.none();
            if (!TABS.matcher(rest).matches()) return BlockStart.none();
            JsxTabsParser outer = enclosing(state, matched);
            JsxTabsParser parser = new JsxTabsParser(new TabSet(rest), null, outer);
            parser.enclosingSet = outer;
            return BlockStart.of(parser).atIndex(state.getLineEndIndex());
        }

        /** The innermost open tab set that holds the container the new set goes into, or null. */
        private static JsxTabsParser enclosing(ParserState state, MatchedBlockParser matched) {
            var parsers = state.getActiveBlockParsers();
            boolean inside = false;
            for (int i = parsers.size() - 1; i >= 0; i--) {
                BlockParser parser = parsers.get(i);
                if (parser == matched.getBlockParser()) inside = true;
                if (inside && parser instanceof JsxTabsParser tabs && tabs.set == null && !tabs.closed) return tabs;
            }
            return null;
        }
    }
}
