package dev.handbook.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
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
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

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
                    "per kwartaal half jaar en");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(java.time.Instant.parse("2025-06-02T00:00:00Z"));
        }
    }

    @Test
    void passesPdfUa1() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
            assertThat(failures).isEmpty();
        }
    }
}
