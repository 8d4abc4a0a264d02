package dev.handbook.markdown.html;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The opening or closing tag of an element whose content is Markdown ({@code <div markdown="1">} and
 * {@code </div>}), on a line of its own. It is raw HTML of one tag: sanitised and its links resolved as an
 * inline tag is, without the {@code markdown} attribute, which only tells the parser how to read the content.
 */
public final class HtmlTagLine extends Block {
    private final String html;
    private final String blanked;

    HtmlTagLine(BasedSequence tag, int markdownStart, int markdownEnd) {
        super(tag);
        String text = tag.toString();
        if (markdownStart < 0) {
            this.html = text;
            this.blanked = text;
        } else {
            this.html = text.substring(0, markdownStart) + text.substring(markdownEnd);
            this.blanked = text.substring(0, markdownStart) + " ".repeat(markdownEnd - markdownStart) + text.substring(markdownEnd);
        }
    }

    /** The tag as it goes into the page: without its {@code markdown} attribute. */
    public String html() {
        return html;
    }

    /** The tag with its {@code markdown} attribute blanked out: every other character where the file has it. */
    public String blanked() {
        return blanked;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
