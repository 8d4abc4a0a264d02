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
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;

/**
 * Reads one page's marked text the way PDFBox's text extraction does: each glyph is read in the font
 * it is drawn in (set by {@code Tf}, kept and given back by {@code q} and {@code Q}), and marked-content
 * sequences nest. The theme's fonts are read from their own files ({@link FontPrograms}), never as
 * PDFBox fonts: before the save they hold no font program, and PDFBox would look for a stand-in among
 * the system's fonts (slow the first time, and a warning on the console for each).
 * The page's operators are kept as they are read, with the very dictionaries of its {@code BDC}
 * operators, so that the caller can give a run its actual text and write the page back.
 * Form XObjects are not entered: their marked content belongs to their own streams, not the page's.
 */
final class MarkedRuns extends PDFStreamEngine {
    /** One marked piece of text: the dictionary of its {@code BDC} and the text it shows. */
    record Run(COSDictionary marks, String text) {}

    /** A marked-content sequence being read: its dictionary when it has an MCID, else null; whether it is an artifact. */
    private record Open(COSDictionary marks, boolean artifact, StringBuilder text) {}

    /**
     * The font text is drawn in: the text of each glyph number of one of the theme's fonts, or another
     * font as PDFBox reads it; neither when the font cannot be read without a stand-in.
     */
    private record Font(String[] glyphs, PDFont other) {
        static final Font NONE = new Font(null, null);
    }

    private final FontPrograms programs;
    private final List<Object> tokens = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private final Deque<Font> savedFonts = new ArrayDeque<>();
    private Font font = Font.NONE;
    /** How deep the operator being carried out is: above 0 it is one that another calls. */
    private int nesting;

    private MarkedRuns(FontPrograms fonts) {
        this.programs = fonts;
        // the text state that says which font a string is drawn in; where it is drawn does not matter here
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new SetFont());
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        // an ExtGState may set the font too, but openhtmltopdf sets fonts with Tf only
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

    @Override
    public void saveGraphicsState() {
        super.saveGraphicsState();
        savedFonts.push(font);
    }

    @Override
    public void restoreGraphicsState() {
        super.restoreGraphicsState();
        font = savedFonts.isEmpty() ? Font.NONE : savedFonts.pop();
    }

    /** Each code of the string, read in the current font; the engine's placing of each glyph is not needed. */
    @Override
    protected void showText(byte[] string) throws IOException {
        if (open.isEmpty()) return;
        if (font.glyphs() != null) {
            // Identity-H: two bytes a code, and each code the glyph number in the font's file
            for (int i = 0; i + 1 < string.length; i += 2) {
                int gid = (string[i] & 0xff) << 8 | string[i + 1] & 0xff;
                glyph(gid < font.glyphs().length ? font.glyphs()[gid] : null);
            }
            return;
        }
        PDFont other = font.other();
        if (other == null) return;
        InputStream in = new ByteArrayInputStream(string);
        while (in.available() > 0) {
            int before = in.available();
            int code = other.readCode(in);
            if (in.available() == before) break; // a damaged string: no byte was read
            glyph(other.toUnicode(code));
        }
    }

    /** {@code Tf}: the font by its name in the resources; its size does not matter here. */
    private final class SetFont extends OperatorProcessor {
        SetFont() {
            super(MarkedRuns.this);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            font = operands.isEmpty() || !(operands.get(0) instanceof COSName name) ? Font.NONE : fontNamed(name);
        }

        @Override
        public String getName() {
            return OperatorName.SET_FONT_AND_SIZE;
        }
    }

    private Font fontNamed(COSName name) throws IOException {
        PDResources resources = getResources();
        COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
        COSDictionary dictionary = fonts == null ? null : fonts.getCOSDictionary(name);
        if (dictionary == null) return Font.NONE;
        String[] glyphs = programs.glyphsOf(dictionary);
        if (glyphs != null) return new Font(glyphs, null);
        // any other font is read by PDFBox only when it carries what it needs: a map to text or its program
        return FontPrograms.readable(dictionary) ? new Font(null, PDFontFactory.createFont(dictionary)) : Font.NONE;
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
    private void glyph(String text) {
        for (Open sequence : open) {
            if (sequence.artifact()) return;
            if (sequence.marks() == null) continue;
            if (text != null && !text.isEmpty()) sequence.text().append(ligaturesApart(text));
            return;
        }
    }
}
