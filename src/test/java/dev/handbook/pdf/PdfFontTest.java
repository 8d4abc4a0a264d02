package dev.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF sets its text in the typeface the web pages use (Open Sans), embedded, not in DejaVu Sans. */
class PdfFontTest {
    @TempDir
    Path dir;

    @Test
    void thePdfEmbedsTheWebsTypefaceForItsText() throws IOException {
        Path site = dir.resolve("site");
        Outcome outcome = Handbooks.build(Fixtures.copy("basic", dir), site, Options.DEFAULT.withPdf());
        assertThat(outcome.written()).isTrue();
        Set<String> embedded = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(site.resolve("handbook.pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font.isEmbedded()) embedded.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        // bold and regular both: headings and running text
        assertThat(embedded).as("embedded fonts %s", embedded).contains("OpenSans-Regular", "OpenSans-Bold");
    }

    @Test
    void theWebsTypefaceShipsForThePdfWithoutLigatures() throws IOException {
        // PDFBox applies a font's substitution table to every string it shows, compiling regular
        // expressions each time; the text reads as its letters in every viewer without it
        for (String face : java.util.List.of("open-sans-400.ttf", "open-sans-700.ttf", "open-sans-400-italic.ttf")) {
            try (org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(Path.of("themes/default/fonts", face).toFile()))) {
                assertThat(font.getTableMap()).as(face).doesNotContainKey("GSUB").containsKeys("glyf", "cmap", "hmtx");
                assertThat(font.getUnicodeCmapLookup().getGlyphId('\u0133')).as(face + ": ij").isPositive();
            }
        }
    }
}
