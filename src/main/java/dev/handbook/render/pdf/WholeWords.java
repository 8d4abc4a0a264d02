package dev.handbook.render.pdf;

import dev.handbook.render.pdf.MarkedRuns.Run;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Keeps a word that a soft hyphen broke over two lines whole for whoever reads the PDF's text (a
 * screen reader, a search, copy and paste): the marked text of the line that ends in "ge-" gets the
 * actual text "gebiedsgerichte", and the next line's the same text without "biedsgerichte". Only the
 * words that got a soft hyphen are joined, so a real hyphen at the end of a line ("Noord-") stays.
 * It runs before the document is saved, so the fonts are read from the theme's files ({@link FontPrograms}),
 * and after openhtmltopdf has written the structure tree, whose order the lines are taken in ({@link ReadingOrder}).
 */
final class WholeWords {
    private WholeWords() {}

    static void join(PDDocument document, Set<String> hyphenated, FontPrograms fonts) throws IOException {
        if (hyphenated.isEmpty()) return;
        ReadingOrder order = ReadingOrder.of(document);
        for (PDPage page : document.getPages()) {
            MarkedRuns read = MarkedRuns.read(page, fonts);
            // a line's next line is the next in reading order, which a link broken over two lines does not draw next
            List<Run> runs = order.sort(page, read.runs());
            boolean changed = false;
            for (int i = 0; i + 1 < runs.size(); i++) {
                changed |= join(runs, i, hyphenated);
            }
            if (changed) PageContents.write(document, page, read.tokens());
        }
    }

    /**
     * Joins the word run {@code i} ends in with its rest on the next lines; a narrow table cell may
     * break it more than once ("Startbij-", "een-", "komst"), each line in between holding only a piece.
     */
    private static boolean join(List<Run> runs, int i, Set<String> hyphenated) {
        String text = actual(runs.get(i));
        if (!text.endsWith("-")) return false;
        int start = text.length() - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        if (start == text.length() - 1) return false;
        StringBuilder word = new StringBuilder(text.substring(start, text.length() - 1));
        for (int k = i + 1; k < runs.size(); k++) {
            String following = actual(runs.get(k));
            int letters = 0;
            while (letters < following.length() && Character.isLetter(following.charAt(letters))) letters++;
            if (letters == 0) return false;
            word.append(following, 0, letters);
            if (hyphenated.contains(word.toString().toLowerCase(Locale.ROOT))) {
                // the punctuation after the word goes with it ("verwijderd," not "verwijderd" and ", 1 gewijzigd")
                int end = letters;
                while (end < following.length() && !Character.isWhitespace(following.charAt(end))) end++;
                runs.get(i).marks().setString(COSName.ACTUAL_TEXT, text.substring(0, start) + word + following.substring(letters, end));
                for (int piece = i + 1; piece < k; piece++) runs.get(piece).marks().setString(COSName.ACTUAL_TEXT, "");
                runs.get(k).marks().setString(COSName.ACTUAL_TEXT, following.substring(end).stripLeading());
                return true;
            }
            boolean onlyAPiece = letters == following.length() - 1 && following.endsWith("-");
            if (!onlyAPiece) return false;
        }
        return false;
    }

    private static String actual(Run run) {
        String given = run.marks().getString(COSName.ACTUAL_TEXT);
        return given != null ? given : run.text();
    }
}
