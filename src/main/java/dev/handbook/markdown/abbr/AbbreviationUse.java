package dev.handbook.markdown.abbr;

import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

/**
 * One use of an abbreviation in the text. It gives its text as written to whatever collects a node's
 * text, so that heading ids, the page contents and summaries stay as they were without the definition
 * (flexmark's own node has no text for them: "Het BBP" would get the id "het").
 */
public final class AbbreviationUse extends Abbreviation implements TextContainer {
    AbbreviationUse(BasedSequence chars, BasedSequence expansion) {
        super(chars, expansion);
    }

    @Override
    public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out, int flags,
            NodeVisitor nodeVisitor) {
        out.append(getChars().unescape());
        return false;
    }
}
