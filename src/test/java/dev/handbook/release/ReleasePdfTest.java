package dev.handbook.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.pdf.PdfUa;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF of a second edition: its appendix of changes, and still PDF/UA. */
class ReleasePdfTest {
    @TempDir
    static Path dir;

    static Path pdf;

    @BeforeAll
    static void twoEditions() {
        Path source = Fixtures.copy("edition", dir);
        EditionFixture.release(source, dir.resolve("releases"), "1");
        EditionFixture.secondEdition(source);
        EditionFixture.release(source, dir.resolve("releases"), "2");
        pdf = dir.resolve("releases/2/handbook-2.pdf");
    }

    @Test
    void theLastChapterIsTheAppendixOfChangesWithABookmark() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) bookmarks.add(item.getTitle());
            assertThat(bookmarks).last().isEqualTo("Wijzigingen");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            String appendix = text.substring(text.lastIndexOf("Wijzigingen"));
            assertThat(appendix.replaceAll("\\s+", " ")).contains("Wijzigingen", "Toegevoegd (3)", "Verwijderd (3)", "Gewijzigd (2)",
                    // the words a screen reader hears around each change are in the PDF's text too, though they print nothing
                    "per [verwijderd: kwartaal einde][toegevoegd: half jaar einde]en");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(java.time.Instant.parse("2025-06-02T00:00:00Z"));
        }
    }

    /**
     * The appendix opens on a right-hand page; the left-hand page before it is empty, and carries no
     * running header (it carried the previous chapter's): only its page number.
     */
    @Test
    void theBlankPageBeforeTheAppendixCarriesNoHeader() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int appendix = 0;
            for (int page = doc.getNumberOfPages(); page >= 1 && appendix == 0; page--) {
                if (text(stripper, doc, page).contains("Wat er veranderde in editie 2")) appendix = page;
            }
            assertThat(appendix % 2).as("the appendix opens on a right-hand page").isEqualTo(1);
            String blank = text(stripper, doc, appendix - 1).strip();
            assertThat(blank).as("page %d, before the appendix", appendix - 1).isEqualTo(String.valueOf(appendix - 1));
            // the appendix's own page does carry its header
            assertThat(text(stripper, doc, appendix).strip()).startsWith("Wijzigingen");
        }
    }

    private static String text(PDFTextStripper stripper, PDDocument doc, int page) throws java.io.IOException {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void passesPdfUa1AndPdfA2aWithItsReleaseDate() throws Exception {
        assertThat(PdfUa.failures(pdf)).isEmpty();
        assertThat(PdfUa.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A)).isEmpty();
    }
}
