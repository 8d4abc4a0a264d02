package dev.handbook.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page is read as openhtmltopdf leaves it, before the save: the fonts are subsets not yet
 * embedded (no font file, no ToUnicode map) and not installed on the system, and a font set inside
 * q and Q is gone after the Q. The words broken at a soft hyphen still come out whole.
 */
class WholeWordsTest {
    private static final Path FONTS = Path.of("themes/default/fonts");

    @Test
    void aWordBrokenOverTwoLinesInNotYetEmbeddedFontsGetsItsWholeTextAsActualText() throws IOException {
        byte[] saved;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font text = PDType0Font.load(doc, FONTS.resolve("open-sans-400.ttf").toFile());
            PDType0Font other = PDType0Font.load(doc, FONTS.resolve("DejaVuSans-Bold.ttf").toFile());
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                line(content, 0, 700, "De gebiedsge-", text);
                // a page number in another font, inside q and Q: the next line is in the first font again
                content.saveGraphicsState();
                content.beginMarkedContent(COSName.ARTIFACT);
                content.beginText();
                content.setFont(other, 9);
                content.newLineAtOffset(300, 40);
                content.showText("3");
                content.endText();
                content.endMarkedContent();
                content.restoreGraphicsState();
                content.beginMarkedContent(COSName.P, marked(1));
                content.beginText();
                content.newLineAtOffset(72, 686);
                content.showText("richte, aanpak ");
                content.endText();
                content.endMarkedContent();
            }
            // what a reader of the page gets before the save: a font without its program (PDFBox embeds subsets then)
            for (COSName name : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(name).isEmbedded()).as("font %s", name.getName()).isFalse();
            }

            WholeWords.join(doc, Set.of("gebiedsgerichte"), FontPrograms.read(List.of(
                    FONTS.resolve("open-sans-400.ttf"), FONTS.resolve("DejaVuSans-Bold.ttf"))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            saved = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(saved)) {
            assertThat(actualTexts(doc.getPage(0))).containsExactly("De gebiedsgerichte,", "aanpak ");
            assertThat(new PDFTextStripper().getText(doc).split("\\s+")).contains("gebiedsgerichte,", "aanpak")
                    .doesNotContain("gebiedsge-", "richte,");
        }
    }

    @Test
    void aRealHyphenAtTheEndOfALineStays() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font text = PDType0Font.load(doc, FONTS.resolve("open-sans-400.ttf").toFile());
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                line(content, 0, 700, "in Noord-", text);
                line(content, 1, 686, "Holland", text);
            }
            WholeWords.join(doc, Set.of("gebiedsgerichte"), FontPrograms.read(List.of(FONTS.resolve("open-sans-400.ttf"))));
            assertThat(actualTexts(page)).isEmpty();
        }
    }

    @Test
    void aWordWithALigatureIsJoinedToo() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            // DejaVu Sans (code, and the glyphs Open Sans lacks) keeps its ligatures: PDFBox, as openhtmltopdf,
            // sets "fl" as its ligature glyph, which maps to U+FB02 (the Open Sans faces ship without them)
            PDType0Font text = PDType0Font.load(doc, FONTS.resolve("DejaVuSans.ttf").toFile());
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                line(content, 0, 700, "Een flexi-", text);
                line(content, 1, 686, "bele aanpak", text);
            }
            FontPrograms programs = FontPrograms.read(List.of(FONTS.resolve("DejaVuSans.ttf")));
            assertThat(MarkedRuns.read(page, programs).runs()).extracting(MarkedRuns.Run::text)
                    .containsExactly("Een flexi-", "bele aanpak");
            WholeWords.join(doc, Set.of("flexibele"), programs);
            assertThat(actualTexts(page)).containsExactly("Een flexibele", "aanpak");
        }
    }

    @Test
    void aWordBrokenTwiceInANarrowCellIsJoinedOverItsThreeLines() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font text = PDType0Font.load(doc, FONTS.resolve("open-sans-400.ttf").toFile());
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                line(content, 0, 700, "Startbij-", text);
                line(content, 1, 686, "een-", text);
                line(content, 2, 672, "komst", text);
            }
            WholeWords.join(doc, Set.of("startbijeenkomst"), FontPrograms.read(List.of(FONTS.resolve("open-sans-400.ttf"))));
            assertThat(actualTexts(page)).containsExactly("Startbijeenkomst", "", "");
        }
    }

    @Test
    void theLinesAreTakenInTheStructureTreesOrderNotTheDrawingOrder() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font text = PDType0Font.load(doc, FONTS.resolve("open-sans-400.ttf").toFile());
            PDPage page = new PDPage();
            doc.addPage(page);
            // a link broken over two lines, as openhtmltopdf draws it: its first half, the full stop after it, its second half
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                line(content, 0, 700, "Lees Thema's en kapita-", text);
                line(content, 1, 686, ".", text);
                line(content, 2, 686, "len", text);
            }
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(root);
            PDStructureElement paragraph = new PDStructureElement("P", root);
            paragraph.setPage(page);
            root.appendKid(paragraph);
            PDStructureElement link = new PDStructureElement("Link", paragraph);
            COSArray linkKids = new COSArray();
            linkKids.add(COSInteger.get(0));
            linkKids.add(COSInteger.get(2));
            link.getCOSObject().setItem(COSName.K, linkKids);
            COSArray kids = new COSArray();
            kids.add(link);
            kids.add(COSInteger.get(1));
            paragraph.getCOSObject().setItem(COSName.K, kids);

            WholeWords.join(doc, Set.of("kapitalen"), FontPrograms.read(List.of(FONTS.resolve("open-sans-400.ttf"))));
            assertThat(actualTexts(page)).containsExactly("Lees Thema's en kapitalen", "");
        }
    }

    @Test
    void linesShownWithQuoteOperatorsAreReadAndThePageKeepsItsOperators() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font text = PDType0Font.load(doc, FONTS.resolve("open-sans-400.ttf").toFile());
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginMarkedContent(COSName.P, marked(0));
                content.beginText();
                content.setFont(text, 10);
                content.setLeading(14);
                content.newLineAtOffset(72, 700);
                content.appendRawCommands(hex(text, "De gebiedsge-") + " '\n");
                content.endText();
                content.endMarkedContent();
                content.beginMarkedContent(COSName.P, marked(1));
                content.beginText();
                content.newLineAtOffset(72, 686);
                // ' and " are carried out as T* and Tj, which the page written back must not gain
                content.appendRawCommands("0 0 " + hex(text, "richte aanpak") + " \"\n");
                content.endText();
                content.endMarkedContent();
            }
            List<String> before = operators(page);
            WholeWords.join(doc, Set.of("gebiedsgerichte"), FontPrograms.read(List.of(FONTS.resolve("open-sans-400.ttf"))));
            assertThat(actualTexts(page)).containsExactly("De gebiedsgerichte", "aanpak");
            assertThat(operators(page)).isEqualTo(before);
        }
    }

    private static String hex(PDType0Font font, String text) throws IOException {
        StringBuilder hex = new StringBuilder("<");
        for (byte b : font.encode(text)) hex.append(String.format("%02X", b & 0xFF));
        return hex.append('>').toString();
    }

    private static List<String> operators(PDPage page) throws IOException {
        List<String> names = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op) names.add(op.getName());
        }
        return names;
    }

    @Test
    void theFontsAreReadFromTheJarAsFromAFolder(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("theme.jar");
        try (FileSystem jar = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Files.copy(FONTS.resolve("open-sans-700.ttf"), jar.getPath("open-sans-700.ttf"));
        }
        try (FileSystem jar = FileSystems.newFileSystem(zip);
                PDDocument doc = new PDDocument()) {
            FontPrograms programs = FontPrograms.read(List.of(jar.getPath("open-sans-700.ttf")));
            PDType0Font bold = PDType0Font.load(doc, FONTS.resolve("open-sans-700.ttf").toFile());
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                line(content, 0, 700, "Één", bold);
            }
            List<MarkedRuns.Run> runs = MarkedRuns.read(page, programs).runs();
            assertThat(runs).extracting(MarkedRuns.Run::text).containsExactly("Één");
        }
    }

    private static void line(PDPageContentStream content, int mcid, float y, String text, PDType0Font font) throws IOException {
        content.beginMarkedContent(COSName.P, marked(mcid));
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(72, y);
        content.showText(text);
        content.endText();
        content.endMarkedContent();
    }

    private static PDPropertyList marked(int mcid) {
        COSDictionary marks = new COSDictionary();
        marks.setInt(COSName.MCID, mcid);
        return PDPropertyList.create(marks);
    }

    private static List<String> actualTexts(PDPage page) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")
                    && tokens.get(i - 1) instanceof COSDictionary marks && marks.containsKey(COSName.ACTUAL_TEXT)) {
                texts.add(marks.getString(COSName.ACTUAL_TEXT));
            }
        }
        return texts;
    }
}
