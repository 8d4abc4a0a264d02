package dev.handbook.markdown.html;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An element of raw HTML whose content is Markdown ({@code markdown="1"}, {@code "block"} or {@code
 * "span"}): its opening {@link HtmlTagLine}, then its content (blocks, or for span content one {@link
 * SpanContent} of inline Markdown), then its closing tag line unless the content's last line closed it.
 */
public final class MarkdownInHtml extends Block {
    MarkdownInHtml() {}

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** The inline Markdown of an element with span content. */
    public static final class SpanContent extends Block {
        SpanContent(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
