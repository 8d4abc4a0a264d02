package dev.handbook.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text of the glyphs the theme's fonts draw, for reading a page before the document is saved.
 * PDFBox embeds a font subset, and writes its ToUnicode map, only when it saves; until then a font's
 * dictionary names its program (BaseFont) without holding it, and PDFBox reads such a font through a
 * stand-in from the system, whose glyph numbers belong to another typeface: the text came out
 * shifted. The codes are the glyph numbers of the font file openhtmltopdf was given (Identity-H and
 * an identity CIDToGIDMap, as the dictionary says), so the theme's file decodes them, glyph by glyph
 * as the ToUnicode map will once the subset is written.
 */
final class FontPrograms {
    /** By PostScript name: the text of each glyph number, null where the font maps no character to it. */
    private final Map<String, String[]> texts;

    private FontPrograms(Map<String, String[]> texts) {
        this.texts = texts;
    }

    /** Reads the character maps of {@code files} (the theme's TrueType fonts, in the jar or in a folder). */
    static FontPrograms read(Iterable<Path> files) throws IOException {
        Map<String, String[]> texts = new HashMap<>();
        for (Path file : files) {
            RandomAccessReadBuffer bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = new RandomAccessReadBuffer(in);
            }
            try (TrueTypeFont ttf = new TTFParser().parse(bytes)) {
                texts.put(ttf.getName(), glyphTexts(ttf));
            }
        }
        return new FontPrograms(Map.copyOf(texts));
    }

    private static String[] glyphTexts(TrueTypeFont ttf) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        String[] byGlyph = new String[ttf.getNumberOfGlyphs()];
        for (int gid = 1; gid < byGlyph.length; gid++) {
            List<Integer> codePoints = cmap.getCharCodes(gid);
            // the first, as PDFBox's ToUnicode map takes it (a space and a no-break space share a glyph)
            if (codePoints != null && !codePoints.isEmpty()) byGlyph[gid] = Character.toString(codePoints.get(0));
        }
        return byGlyph;
    }

    /** The text {@code code} stands for in {@code font}: from the theme's file while the font is not embedded yet. */
    String text(PDFont font, int code) throws IOException {
        String name = font.getName();
        String[] byGlyph = name != null && notYetEmbedded(font) ? texts.get(name) : null;
        if (byGlyph == null) return font.toUnicode(code);
        int gid = ((PDType0Font) font).codeToCID(code);
        return gid >= 0 && gid < byGlyph.length ? byGlyph[gid] : null;
    }

    /** A Type 0 font with a TrueType descendant, no ToUnicode map, no font file and glyph numbers for CIDs. */
    private static boolean notYetEmbedded(PDFont font) {
        if (!(font instanceof PDType0Font type0) || font.isEmbedded()) return false;
        if (font.getCOSObject().containsKey(COSName.TO_UNICODE)) return false;
        if (!(type0.getDescendantFont() instanceof PDCIDFontType2 cid)) return false;
        COSBase map = cid.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP);
        return map == null || COSName.IDENTITY.equals(map);
    }
}
