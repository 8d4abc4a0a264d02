package dev.handbook.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Takes the running header off the blank left-hand pages that a chapter's start on a right-hand page
 * leaves. openhtmltopdf fills a page's margin boxes from the running element that held before it, so
 * such a page carried the previous chapter's title over nothing; CSS cannot name a blank page for it
 * (it knows no {@code :blank}). A page is blank when all it draws is artifacts (the header and the
 * page number), no tagged content; its header is the artifact text above the middle of the page. The
 * page number stays, as on every other page.
 */
final class BlankPages {
    /**
     * A blank page's drawing is a few hundred bytes compressed, a page with even one line of text more;
     * only pages this small are read, so that a book of hundreds of pages is not parsed once more.
     */
    private static final long SMALL = 1024;

    private BlankPages() {}

    static void clearHeaders(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            if (contentLength(page) > SMALL) continue;
            List<Object> tokens = new PDFStreamParser(page).parse();
            if (!onlyArtifacts(tokens)) continue;
            float middle = page.getMediaBox().getHeight() / 2;
            List<Object> kept = withoutHeader(tokens, middle);
            if (kept.size() != tokens.size()) PageContents.write(document, page, kept);
        }
    }

    private static long contentLength(PDPage page) {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream stream) return stream.getLength();
        long length = 0;
        if (contents instanceof COSArray parts) {
            for (COSBase part : parts) {
                length += part instanceof COSObject o && o.getObject() instanceof COSStream s ? s.getLength()
                        : part instanceof COSStream s ? s.getLength() : 0;
            }
        }
        return length;
    }

    /** Whether every marked sequence of the page is an artifact: a page with text of its own tags it. */
    private static boolean onlyArtifacts(List<Object> tokens) {
        boolean marked = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator op)) continue;
            String name = op.getName();
            if (name.equals("BDC") || name.equals("BMC")) {
                int tag = name.equals("BDC") ? i - 2 : i - 1;
                if (tag < 0 || !COSName.ARTIFACT.equals(tokens.get(tag))) return false;
                marked = true;
            }
        }
        return marked;
    }

    /** The tokens without the artifact sequences that show text above {@code middle}. */
    private static List<Object> withoutHeader(List<Object> tokens, float middle) {
        List<Object> kept = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = artifactEnd(tokens, i);
            if (end > 0 && showsTextAbove(tokens.subList(i, end), middle)) {
                i = end;
                continue;
            }
            kept.add(tokens.get(i));
            i++;
        }
        return kept;
    }

    /** If an artifact's marked sequence ({@code /Artifact /PropN BDC … EMC}) starts at {@code i}: the index after it; else 0. */
    private static int artifactEnd(List<Object> tokens, int i) {
        if (!COSName.ARTIFACT.equals(tokens.get(i)) || i + 2 >= tokens.size()
                || !(tokens.get(i + 2) instanceof Operator bdc) || !bdc.getName().equals("BDC")) {
            return 0;
        }
        int depth = 0;
        for (int j = i + 2; j < tokens.size(); j++) {
            if (!(tokens.get(j) instanceof Operator op)) continue;
            if (op.getName().equals("BDC") || op.getName().equals("BMC")) depth++;
            if (op.getName().equals("EMC") && --depth == 0) return j + 1;
        }
        return 0;
    }

    /** Whether the sequence places text with a text matrix above {@code middle}, and moves nothing else around. */
    private static boolean showsTextAbove(List<Object> sequence, float middle) {
        boolean above = false;
        boolean shows = false;
        for (int j = 0; j < sequence.size(); j++) {
            if (!(sequence.get(j) instanceof Operator op)) continue;
            switch (op.getName()) {
                case "cm" -> {
                    return false; // drawn in a space of its own: not the plain header line this looks for
                }
                case "Tm" -> above = j >= 1 && sequence.get(j - 1) instanceof COSNumber y && y.floatValue() > middle;
                case "Tj", "TJ", "'", "\"" -> shows = true;
                default -> { }
            }
        }
        return above && shows;
    }
}
