package dev.handbook.markdown.fence;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.text.Slugs;

/**
 * A colon fence ({@code ::: tip Titel {#id}} ... {@code :::}): an entry of a declared type or a
 * callout; or a block written in another dialect that means the same (a GitHub alert, an MkDocs
 * admonition), see {@link Form}. What it renders as is decided after parsing, when the handbook's types
 * are known, and stored in {@link #rendering()}.
 */
public final class FencedBlock extends Block {
    /** How the block was written. */
    public enum Form {
        /** {@code ::: name Titel}, as Pandoc and Docusaurus write it */
        COLON,
        /** {@code > [!NOTE]}, as GitHub writes it: always a callout */
        ALERT,
        /** {@code !!! kind "Titel"}, as MkDocs writes it */
        ADMONITION,
        /** {@code ??? kind "Titel"}: an MkDocs admonition that is closed until opened */
        COLLAPSIBLE,
        /** {@code ???+ kind "Titel"}: one that is open until closed */
        COLLAPSIBLE_OPEN;

        /** Whether it came from MkDocs' {@code !!!} or {@code ???}. */
        public boolean isAdmonition() {
            return this == ADMONITION || this == COLLAPSIBLE || this == COLLAPSIBLE_OPEN;
        }
    }

    private final int fenceLength;
    private final String name;
    private final String title;
    private final FenceAttributes attributes;
    private final Form form;
    private final int lineIndex;
    private FenceRendering rendering;
    private boolean closed;

    /** @param lineIndex the line of the opening fence in the Markdown body, from 0 */
    public FencedBlock(BasedSequence openingLine, int lineIndex, int fenceLength, String name, String title,
            FenceAttributes attributes, Form form) {
        super(openingLine);
        this.lineIndex = lineIndex;
        this.fenceLength = fenceLength;
        this.name = name;
        this.title = title;
        this.attributes = attributes;
        this.form = form;
    }

    public Form form() {
        return form;
    }

    public int lineIndex() {
        return lineIndex;
    }

    /**
     * Whether a closing line of colons ended the fence. One that is not closed holds the rest of what
     * it stands in (the page, or the quote or list item it was opened in).
     */
    public boolean isClosed() {
        return closed || form != Form.COLON;
    }

    void markClosed() {
        closed = true;
    }

    /** Whether this came from a GitHub alert ({@code > [!NOTE]}): always a callout, never an entry. */
    public boolean isAlert() {
        return form == Form.ALERT;
    }

    /**
     * The id the block asks for as an entry: the one given, else one made from its title. The id it gets
     * may differ when that one is taken (see the entry collector).
     */
    public String entryId() {
        if (attributes.id() != null) return attributes.id();
        return title.isEmpty() ? null : Slugs.slug(title);
    }

    public int fenceLength() {
        return fenceLength;
    }

    /** The word after the colons: an entry type, a callout, or a mistake. */
    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public FenceAttributes attributes() {
        return attributes;
    }

    public FenceRendering rendering() {
        return rendering;
    }

    public void setRendering(FenceRendering rendering) {
        this.rendering = rendering;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
