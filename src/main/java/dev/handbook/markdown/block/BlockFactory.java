package dev.handbook.markdown.block;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * A block parser's factory as most of ours are: no ordering among the other parsers and no global scope,
 * only a start factory per document. Each parser keeps a subclass of its own, because flexmark orders
 * factories by their class; one that must run before CommonMark's own overrides {@link #getBeforeDependents}.
 */
public abstract class BlockFactory implements CustomBlockParserFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    @Override
    public abstract BlockParserFactory apply(DataHolder options);
}
