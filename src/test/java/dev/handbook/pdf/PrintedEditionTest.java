package dev.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed edition of the "print" fixture: cover, colophon, contents, entries, footnotes, appendices. */
class PrintedEditionTest {
    private static final Pattern LEADER_LINE = Pattern.compile("^(.+?)\\s*\\.{3,}\\s*(\\d+)$");

    @TempDir
    static Path dir;

    static Path site;
    static List<String> pages;
    static Document print;

    @BeforeAll
    static void build() throws Exception {
        site = dir.resolve("site");
        Outcome outcome = Handbooks.build(Fixtures.copy("print", dir), site, Options.DEFAULT.withPdf());
        assertThat(outcome.written()).isTrue();
        try (PDDocument doc = Loader.loadPDF(site.resolve("handbook.pdf").toFile())) {
            pages = pages(doc);
        }
        print = Jsoup.parse(site.resolve("print.html").toFile());
    }

    static List<String> pages(PDDocument doc) throws Exception {
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

    private static List<String> lines(String page) {
        return page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theCoverCarriesTitleEditionAndPublisherAndTheColophonTheImprint() {
        assertThat(lines(pages.get(0))).contains("Drukproefboek", "Editie 2026.1", "Uitgave van Proefnetwerk Drukwerk");
        assertThat(pages.get(1)).contains("Colofon", "CC BY 4.0", "978-90-12345-67-5", "https://drukproef.example.nl/");
        Element logo = print.selectFirst(".print-cover img.print-cover__logo");
        assertThat(logo).isNotNull();
        assertThat(logo.attr("src")).isEqualTo("assets/logo.svg");
        assertThat(logo.attr("alt")).isEqualTo("Proefnetwerk Drukwerk");
    }

    @Test
    void theContentsListTheHomePageAndEveryChapterOpensOnARightHandPage() {
        List<String> toc = lines(pages.get(2));
        // how many spaces the text stripper puts before the leader depends on the typeface's widths
        assertThat(toc).anyMatch(l -> l.matches("Voorwoord\\s+\\.+ \\d+"));
        for (String line : toc) {
            Matcher m = LEADER_LINE.matcher(line);
            if (!m.matches() || m.group(1).contains(".")) continue; // chapters only: "1 Aanpak", not "1.1 ..."
            int page = Integer.parseInt(m.group(2));
            assertThat(page % 2).as(line + " on a right-hand (odd) page").isEqualTo(1);
            assertThat(lines(pages.get(page - 1))).as(line).contains(m.group(1).strip());
        }
    }

    @Test
    void everyAppendixLineEndsWithThePageWhereItsEntryStands() {
        int checked = 0;
        for (String page : pages) {
            if (!page.contains("Bijlage: ")) continue;
            for (String line : lines(page)) {
                Matcher m = LEADER_LINE.matcher(line);
                if (!m.matches() || !line.matches("^(Tip|Casus) \\d.*")) continue;
                String title = m.group(1).replaceFirst("^(Tip|Casus) [\\d.]+\\s+", "");
                assertThat(pages.get(Integer.parseInt(m.group(2)) - 1)).as(line).contains(title);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2);
        assertThat(print.select(".print-appendix a")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    }

    @Test
    void footnotesStandAtTheFootOfThePageThatCallsThemAndNeverAlone() {
        String first = "Een voetnoot die onderaan de bladzijde van haar verwijzing hoort.";
        String second = "De tweede voetnoot, ook op de bladzijde van haar verwijzing.";
        String firstPage = pages.stream().filter(p -> p.contains(first)).findFirst().orElseThrow();
        assertThat(firstPage).contains("De zetter telt elke regel na.");
        String secondPage = pages.stream().filter(p -> p.contains(second)).findFirst().orElseThrow();
        assertThat(secondPage).contains("Na de tabel komt nog een alinea");
        for (String page : pages) {
            List<String> lines = lines(page);
            if (lines.stream().anyMatch(l -> l.contains("voetnoot"))) {
                assertThat(lines).as("a page with a footnote has text of its own")
                        .anyMatch(l -> !l.contains("voetnoot") && !l.matches("\\d+") && l.length() > 30);
            }
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPage() {
        List<String> tablePages = pages.stream().filter(p -> p.contains("Gecontroleerd op zetfouten")).toList();
        assertThat(tablePages).hasSizeGreaterThan(1);
        for (String page : tablePages) {
            assertThat(lines(page)).anyMatch(l -> l.matches("Vel\\s+Controle"));
        }
    }

    @Test
    void aStandaloneCasusShowsItsFieldsOnItsPage() {
        String page = pages.stream().filter(p -> p.contains("De drukkerij stapte over")).findFirst().orElseThrow();
        assertThat(page).contains("Casus 2.1", "Regio: Groningen en Drenthe", "Schaal: Regionaal");
        Element fields = print.selectFirst(".print-part:has(.print-entry-label) dl.print-fields");
        assertThat(fields).isNotNull();
        assertThat(fields.select("dt").eachText()).containsExactly("Regio", "Schaal");
        assertThat(fields.select("dd").eachText()).containsExactly("Groningen en Drenthe", "Regionaal");
    }

    @Test
    void eachRightHandPageShowsItsSectionAndEachLeftHandPageItsChapter() {
        // the pages of the long table: a left-hand page (even) under the chapter, a right-hand one under the section
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i).contains("Gecontroleerd op zetfouten") || pages.get(i).contains("De zetter telt")) continue;
            String header = lines(pages.get(i)).get(0);
            assertThat(header).as("page " + (i + 1)).isEqualTo((i + 1) % 2 == 0 ? "1 Aanpak" : "1.1 Voetnoten en tabellen");
        }
    }

    @Test
    void passesPdfUa1AndPdfA2aInOneFile() throws Exception {
        assertThat(PdfUa.failures(site.resolve("handbook.pdf"))).isEmpty();
        assertThat(PdfUa.failures(site.resolve("handbook.pdf"), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void theCoverLogoIsInTheSite() {
        assertThat(Files.exists(site.resolve("assets/logo.svg"))).isTrue();
    }

    @Test
    void eachChapterHasItsOwnPdfThatStartsWithItsTitleAndItsPageLinksIt() throws Exception {
        for (String[] chapter : List.of(new String[] {"aanpak", "1 Aanpak"}, new String[] {"casussen", "2 Casussen"})) {
            Path pdf = site.resolve(chapter[0]).resolve(chapter[0] + ".pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                List<String> first = lines(pages(doc).get(0));
                assertThat(first).as(chapter[1]).contains(chapter[1]);
                assertThat(String.join("\n", pages(doc))).doesNotContain("Colofon", "Bijlage: ");
            }
            Document page = Jsoup.parse(site.resolve(chapter[0]).resolve("index.html").toFile());
            assertThat(page.select(".handbook-chapter-pdf a").eachAttr("href")).containsExactly(chapter[0] + ".pdf");
        }
    }

    @Test
    void eachChapterPdfPassesPdfUa1AndPdfA2aAndOpensWithTheHandbooksTitleAsItsOnlyFirstLevelHeading() throws Exception {
        // PDF/UA-1 wants H1 first: the chapter's own title is a second-level heading below the handbook's
        for (String chapter : List.of("aanpak", "casussen")) {
            Path pdf = site.resolve(chapter).resolve(chapter + ".pdf");
            assertThat(PdfUa.failures(pdf)).as(chapter).isEmpty();
            assertThat(PdfUa.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A)).as(chapter).isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                List<String> first = lines(pages(doc).get(0));
                assertThat(first).as(chapter).contains("Drukproefboek");
            }
        }
    }
}
