package dev.handbook.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Reads one page's marked text the way PDFBox's text extraction does: the text state (font, q and Q)
 * is PDFBox's own, each glyph is read in the font it is drawn in, and marked-content sequences nest.
 * The page's operators are kept as they are read, with the very dictionaries of its {@code BDC}
 * operators, so that the caller can give a run its actual text and write the page back.
 * Form XObjects are not entered: their marked content belongs to their own streams, not the page's.
 */
final class MarkedRuns extends PDFStreamEngine {
    /** One marked piece of text: the dictionary of its {@code BDC} and the text it shows. */
    record Run(COSDictionary marks, String text) {}

    /** A marked-content sequence being read: its dictionary when it has an MCID, else null; whether it is an artifact. */
    private record Open(COSDictionary marks, boolean artifact, StringBuilder text) {}

    private final FontPrograms fonts;
    private final List<Object> tokens = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    /** How deep the operator being carried out is: above 0 it is one that another calls. */
    private int nesting;

    private MarkedRuns(FontPrograms fonts) {
        this.fonts = fonts;
        // the text state that says which font a string is drawn in; where it is drawn does not matter here
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        // an ExtGState may set the font too
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new EndMarkedContentSequence(this));
    }

    /** The page's marked runs with an MCID, in the order it draws them, and its operators to write back. */
    static MarkedRuns read(PDPage page, FontPrograms fonts) throws IOException {
        MarkedRuns reader = new MarkedRuns(fonts);
        reader.processPage(page);
        return reader;
    }

    List<Run> runs() {
        return runs;
    }

    /** The page's content as read: operands and operators, the {@code BDC} dictionaries those of {@link #runs()}. */
    List<Object> tokens() {
        return tokens;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        // only the page's own operators: ' and " carry theirs out as T* and Tj, which are not in the page
        if (nesting == 0) {
            tokens.addAll(operands); // the engine empties its list of operands after each operator
            tokens.add(operator);
        }
        nesting++;
        try {
            super.processOperator(operator, operands);
        } finally {
            nesting--;
        }
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean marked = properties != null && properties.containsKey(COSName.MCID);
        open.push(new Open(marked ? properties : null, COSName.ARTIFACT.equals(tag), new StringBuilder()));
    }

    @Override
    public void endMarkedContentSequence() {
        Open ended = open.poll();
        if (ended != null && ended.marks() != null && !ended.text().isEmpty()) {
            runs.add(new Run(ended.marks(), ended.text().toString()));
        }
    }

    /** Each code of the string, read in the current font; the engine's placing of each glyph is not needed. */
    @Override
    protected void showText(byte[] string) throws IOException {
        PDFont font = getGraphicsState().getTextState().getFont();
        if (font == null || open.isEmpty()) return;
        InputStream in = new ByteArrayInputStream(string);
        while (in.available() > 0) {
            int before = in.available();
            int code = font.readCode(in);
            if (in.available() == before) break; // a damaged string: no byte was read
            glyph(font, code);
        }
    }

    /** Nothing to move: where a glyph goes is not read (and a TJ outside BT has no text matrix to move). */
    @Override
    protected void applyTextAdjustment(float tx, float ty) {}

    /**
     * "ﬀ" as "ff", as PDFBox's text extraction gives it: the fonts' ligature glyphs map to the
     * presentation forms, and the hyphenated words are matched letter by letter ("Eﬀec-" is "effecten").
     */
    private static String ligaturesApart(String text) {
        char c = text.charAt(0);
        boolean presentationForm = c >= '\uFB00' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF';
        return presentationForm ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
    }

    /**
     * The glyph's text goes to the innermost sequence with an MCID, which the structure tree points at,
     * unless an artifact (a running head, a page number) lies between.
     */
    private void glyph(PDFont font, int code) throws IOException {
        for (Open sequence : open) {
            if (sequence.artifact()) return;
            if (sequence.marks() == null) continue;
            String text = fonts.text(font, code);
            if (text != null && !text.isEmpty()) sequence.text().append(ligaturesApart(text));
            return;
        }
    }
}
