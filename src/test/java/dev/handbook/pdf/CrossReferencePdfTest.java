package dev.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the PDF a cross-reference names the page its figure stands on, and the glossary the pages of its terms' uses. */
class CrossReferencePdfTest {
    @TempDir
    Path dir;

    @Test
    void aReferenceCarriesThePageWhereItsFigureStands() throws Exception {
        Path source = Fixtures.copy("glossary", dir);
        Path site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT.withPdf()).written()).isTrue();
        try (PDDocument doc = Loader.loadPDF(site.resolve("handbook.pdf").toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            int figurePage = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains("Figuur 1.1 Drie dimensies van brede welvaart") && !pages.get(i).contains("Lijst van figuren")) {
                    figurePage = i + 1;
                }
            }
            assertThat(figurePage).isPositive();
            Pattern reference = Pattern.compile("Terug naar\\W*Figuur 1\\.1 op pagina (\\d+)");
            int referencePage = -1;
            for (int i = 0; i < pages.size(); i++) {
                Matcher m = reference.matcher(pages.get(i));
                if (m.find()) {
                    assertThat(Integer.parseInt(m.group(1))).isEqualTo(figurePage);
                    referencePage = i + 1;
                }
            }
            assertThat(referencePage).as("the reference stands on another page than its figure").isPositive().isNotEqualTo(figurePage);
            // the glossary gives each page that uses a term with its number
            String glossary = pages.stream().filter(p -> p.contains("Gebruikt op:")).findFirst().orElseThrow();
            assertThat(glossary).containsPattern("1\\.1 De monitor \\(p\\. " + figurePage + "\\)");
        }
    }
}
