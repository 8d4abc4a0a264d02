package dev.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Dutch handbook's PDF breaks long words at their syllables, and its text still reads as whole words. */
class HyphenationPdfTest {
    private static final String WORDS = "gebiedsgerichte, welvaartsparagraaf; samenwerkingsverbanden beleidsinstrumenten. ";

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Afbreekboek\nlanguage: nl\n",
                "index.md", "---\ntitle: Start\n---\nVoorwoord.\n",
                "01-lang/index.md", "---\ntitle: Lange woorden\n---\n" + WORDS.repeat(12) + "\n"));
        site = dir.resolve("site");
        Outcome outcome = Handbooks.build(source, site, Options.DEFAULT.withPdf());
        assertThat(outcome.written()).isTrue();
    }

    @Test
    void longWordsBreakAtTheirSyllablesAndTheTextKeepsThemWhole() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("handbook.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).doesNotContain("\u00AD");
            String body = text.substring(text.lastIndexOf("1 Lange woorden") + "1 Lange woorden".length());
            List<String> words = List.of(body.strip().split("\\s+"));
            assertThat(words).hasSize(48).containsOnly(WORDS.strip().split(" "));
            // the text was broken: each line that ends in a soft hyphen carries the word whole as its actual text
            int joined = 0;
            for (PDPage page : doc.getPages()) {
                joined += new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1).split("/ActualText").length - 1;
            }
            assertThat(joined).as("lines joined over a soft hyphen").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void onlyThePdfGetsSoftHyphensNotThePrintPageOrTheWebPages() throws Exception {
        assertThat(Files.readString(site.resolve("print.html"))).doesNotContain("\u00AD", "&shy;");
        assertThat(Files.readString(site.resolve("lang/index.html"))).doesNotContain("\u00AD", "&shy;");
        assertThat(Jsoup.parse(site.resolve("print.html").toFile()).text()).contains("gebiedsgerichte");
    }

    @Test
    void passesPdfUa1AndPdfA2aWithItsWordsJoined() throws Exception {
        assertThat(PdfUa.failures(site.resolve("handbook.pdf"))).isEmpty();
        assertThat(PdfUa.failures(site.resolve("handbook.pdf"), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A)).isEmpty();
    }
}
