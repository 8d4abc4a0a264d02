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
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

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

    /**
     * The text of each glyph number of {@code font} (a font's dictionary in a page's resources) when it
     * is one of these fonts, not embedded yet: a Type 0 font with a TrueType descendant, Identity-H,
     * glyph numbers for CIDs, no ToUnicode map and no font file. Null for any other font.
     */
    String[] glyphsOf(COSDictionary font) {
        if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE)) || font.containsKey(COSName.TO_UNICODE)) return null;
        if (!COSName.IDENTITY_H.equals(font.getDictionaryObject(COSName.ENCODING))) return null;
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null || descendants.size() != 1 || !(descendants.getObject(0) instanceof COSDictionary cid)) return null;
        if (!COSName.CID_FONT_TYPE2.equals(cid.getCOSName(COSName.SUBTYPE))) return null;
        COSBase map = cid.getDictionaryObject(COSName.CID_TO_GID_MAP);
        if (map != null && !COSName.IDENTITY.equals(map)) return null;
        COSDictionary descriptor = cid.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null && descriptor.containsKey(COSName.FONT_FILE2)) return null;
        String name = font.getNameAsString(COSName.BASE_FONT);
        return name == null ? null : texts.get(name);
    }

    /** Whether PDFBox can read {@code font}'s text without a stand-in: it has a ToUnicode map or its own program. */
    static boolean readable(COSDictionary font) {
        if (font.containsKey(COSName.TO_UNICODE)) return true;
        COSDictionary described = font;
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants != null && descendants.size() == 1 && descendants.getObject(0) instanceof COSDictionary cid) described = cid;
        COSDictionary descriptor = described.getCOSDictionary(COSName.FONT_DESC);
        return descriptor != null && (descriptor.containsKey(COSName.FONT_FILE) || descriptor.containsKey(COSName.FONT_FILE2)
                || descriptor.containsKey(COSName.FONT_FILE3));
    }
}
