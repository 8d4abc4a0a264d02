package dev.handbook.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Keeps a word that a soft hyphen broke over two lines whole for whoever reads the PDF's text (a
 * screen reader, a search, copy and paste): the marked text of the line that ends in "ge-" gets the
 * actual text "gebiedsgerichte", and the next line's the same text without "biedsgerichte". Only the
 * words that got a soft hyphen are joined, so a real hyphen at the end of a line ("Noord-") stays.
 */
final class WholeWords {
    /** One marked piece of text: the dictionary of its {@code BDC} and the text it shows. */
    private record Run(COSDictionary marks, String text) {}

    private WholeWords() {}

    static void join(PDDocument document, Set<String> hyphenated) throws IOException {
        if (hyphenated.isEmpty()) return;
        for (PDPage page : document.getPages()) {
            PDFStreamParser parser = new PDFStreamParser(page);
            List<Object> tokens = parser.parse();
            List<Run> runs = runs(tokens, page.getResources());
            boolean changed = false;
            for (int i = 0; i + 1 < runs.size(); i++) {
                changed |= join(runs.get(i), runs.get(i + 1), hyphenated);
            }
            if (changed) write(document, page, tokens);
        }
    }

    private static boolean join(Run line, Run next, Set<String> hyphenated) {
        String text = actual(line);
        if (!text.endsWith("-")) return false;
        int start = text.length() - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        String following = actual(next);
        int end = 0;
        while (end < following.length() && Character.isLetter(following.charAt(end))) end++;
        if (start == text.length() - 1 || end == 0) return false;
        String word = text.substring(start, text.length() - 1) + following.substring(0, end);
        if (!hyphenated.contains(word.toLowerCase(Locale.ROOT))) return false;
        // the punctuation after the word goes with it ("verwijderd," not "verwijderd" and ", 1 gewijzigd")
        while (end < following.length() && !Character.isWhitespace(following.charAt(end))) end++;
        line.marks().setString(COSName.ACTUAL_TEXT, text.substring(0, text.length() - 1) + following.substring(0, end));
        next.marks().setString(COSName.ACTUAL_TEXT, following.substring(end).stripLeading());
        return true;
    }

    private static String actual(Run run) {
        String given = run.marks().getString(COSName.ACTUAL_TEXT);
        return given != null ? given : run.text();
    }

    /** The marked runs of text with an MCID, in the order the page draws them; artifacts are left out. */
    private static List<Run> runs(List<Object> tokens, PDResources resources) throws IOException {
        List<Run> runs = new ArrayList<>();
        COSDictionary marks = null;
        StringBuilder text = new StringBuilder();
        PDFont font = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator op)) continue;
            switch (op.getName()) {
                case "BDC" -> {
                    if (tokens.get(i - 1) instanceof COSDictionary d && d.containsKey(COSName.MCID)) {
                        marks = d;
                        text.setLength(0);
                    }
                }
                case "EMC" -> {
                    if (marks != null && !text.isEmpty()) runs.add(new Run(marks, text.toString()));
                    marks = null;
                }
                case "Tf" -> font = tokens.get(i - 2) instanceof COSName name && resources != null ? resources.getFont(name) : null;
                case "Tj", "'" -> show(tokens.get(i - 1), font, marks, text);
                case "TJ" -> {
                    if (tokens.get(i - 1) instanceof COSArray array) {
                        for (COSBase part : array) show(part, font, marks, text);
                    }
                }
                default -> { }
            }
        }
        return runs;
    }

    private static void show(Object shown, PDFont font, COSDictionary marks, StringBuilder text) throws IOException {
        if (marks == null || font == null || !(shown instanceof COSString string)) return;
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(string.getBytes());
        while (in.available() > 0) {
            String unicode = font.toUnicode(font.readCode(in));
            if (unicode != null) text.append(unicode);
        }
    }

    private static void write(PDDocument document, PDPage page, List<Object> tokens) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
    }
}
