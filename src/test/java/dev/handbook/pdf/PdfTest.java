package dev.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** handbook.pdf, opened with PDFBox and checked with veraPDF. */
class PdfTest {
    private static final Pattern TOC_LINE = Pattern.compile("^(.+?)\\s*\\.{3,}\\s*(\\d+)$");

    @TempDir
    static Path dir;

    static Path pdf;

    @BeforeAll
    static void build() throws Exception {
        Path site = dir.resolve("site");
        Outcome outcome = Handbooks.build(Fixtures.copy("basic", dir), site, Options.DEFAULT.withPdf());
        assertThat(outcome.written()).isTrue();
        pdf = site.resolve("handbook.pdf");
    }

    private static List<String> pages(PDDocument doc) throws Exception {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    @Test
    void theContentsPrintThePageWhereEachChapterStands() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = pages(doc);
            Map<String, Integer> toc = new LinkedHashMap<>();
            String contents = pages.stream().filter(p -> p.contains("Inhoudsopgave")).findFirst().orElseThrow(); // after the colophon
            for (String line : contents.split("\\R")) {
                Matcher m = TOC_LINE.matcher(line.strip());
                if (m.matches()) toc.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
            }
            assertThat(toc).containsKeys("1 Eerste hoofdstuk", "1.2.1 Diep", "2 Derde hoofdstuk", "4 Losse pagina");
            for (Map.Entry<String, Integer> entry : toc.entrySet()) {
                String page = pages.get(entry.getValue() - 1);
                assertThat(page.lines().map(String::strip)).as(entry.getKey()).contains(entry.getKey());
                String before = pages.get(entry.getValue() - 2);
                if (!entry.getKey().contains(".")) {
                    assertThat(before.lines().map(String::strip)).as(entry.getKey() + " starts a page").doesNotContain(entry.getKey());
                }
            }
        }
    }

    @Test
    void hasOneBookmarkPerChapter() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) top.add(item.getTitle());
            assertThat(top).containsExactly("Welkom", "1 Eerste hoofdstuk", "2 Derde hoofdstuk", "3 Tweede hoofdstuk", "4 Losse pagina");
            PDOutlineItem first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            List<String> sections = new ArrayList<>();
            for (PDOutlineItem item : first.children()) sections.add(item.getTitle());
            assertThat(sections).containsExactly("1.1 Een pagina", "1.2 Subsectie");
        }
    }

    @Test
    void textIsExtractableWithDutchCharactersIntact() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Één regio, één aanpak", "’s-Hertogenbosch", "auto’s", "“ons”");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Testboek");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
        }
    }

    @Test
    void eachPageShowsItsNumberAndTheChapterInItsHeader() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = pages(doc);
            for (int i = 1; i < pages.size(); i++) {
                assertThat(pages.get(i).lines().map(String::strip)).as("page " + (i + 1)).contains(String.valueOf(i + 1));
            }
            String chapterPage = pages.stream().filter(p -> p.contains("Één regio")).findFirst().orElseThrow();
            assertThat(chapterPage.lines().map(String::strip).filter(l -> l.equals("1 Eerste hoofdstuk")).count()).isEqualTo(2);
        }
    }

    @Test
    void passesPdfUa1() throws Exception {
        assertThat(PdfUa.failures(pdf)).isEmpty();
    }
}
