package dev.handbook.render.pdf;

import dev.handbook.render.pdf.MarkedRuns.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Keeps a word that a soft hyphen broke over two lines whole for whoever reads the PDF's text (a
 * screen reader, a search, copy and paste): the marked text of the line that ends in "ge-" gets the
 * actual text "gebiedsgerichte", and the next line's the same text without "biedsgerichte". Only the
 * words that got a soft hyphen are joined, so a real hyphen at the end of a line ("Noord-") stays.
 * It runs before the document is saved, so the fonts are read from the theme's files ({@link FontPrograms}).
 */
final class WholeWords {
    private WholeWords() {}

    static void join(PDDocument document, Set<String> hyphenated, FontPrograms fonts) throws IOException {
        if (hyphenated.isEmpty()) return;
        for (PDPage page : document.getPages()) {
            MarkedRuns read = MarkedRuns.read(page, fonts);
            List<Run> runs = read.runs();
            boolean changed = false;
            for (int i = 0; i + 1 < runs.size(); i++) {
                changed |= join(runs.get(i), runs.get(i + 1), hyphenated);
            }
            if (changed) write(document, page, read.tokens());
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

    private static void write(PDDocument document, PDPage page, List<Object> tokens) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
    }
}
