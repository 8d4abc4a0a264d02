package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.model.Page;
import dev.handbook.pipeline.Built;
import dev.handbook.search.SearchDocument.TitleKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages are cut into a document per section (at h2 and h3) and one per entry, on the "search" fixture. */
class DocumentExtractorTest {
    @TempDir
    static Path dir;

    static Corpus corpus;

    @BeforeAll
    static void extract() {
        Built stages = Fixtures.built(Fixtures.copy("search", dir));
        assertThat(stages.problems()).isEmpty();
        corpus = new DocumentExtractor(stages.handbook(), stages.entries()).extract(stages.bodies());
    }

    static SearchDocument at(String url) {
        return corpus.documents().stream().filter(d -> d.url().equals(url)).findFirst().orElseThrow();
    }

    @Test
    void aPageIsItsOpeningAndOneDocumentPerHeadingThenItsEntries() {
        List<String> urls = corpus.documents().stream().map(SearchDocument::url)
                .filter(u -> u.startsWith("gemeenten/index.html")).toList();
        assertThat(urls).containsExactly("gemeenten/index.html", "gemeenten/index.html#de-rol-van-de-raad",
                "gemeenten/index.html#begroting-en-monitor", "gemeenten/index.html#gemeente-vroeg");
        SearchDocument opening = at("gemeenten/index.html");
        assertThat(opening.title()).isEqualTo("Gemeenten aan zet");
        assertThat(opening.kind()).isEqualTo(TitleKind.PAGE);
        assertThat(opening.chapter()).isZero();
        assertThat(corpus.chapters()).containsExactly("1 Gemeenten aan zet", "2 Samenwerken in de regio", "3 Casussen");
        SearchDocument section = at("gemeenten/index.html#de-rol-van-de-raad");
        assertThat(section.title()).isEqualTo("De rol van de raad");
        assertThat(section.context()).isEqualTo("Gemeenten aan zet");
        assertThat(section.kind()).isEqualTo(TitleKind.HEADING);
    }

    @Test
    void anInlineEntryIsItsOwnDocumentAndNotPartOfItsSection() {
        SearchDocument tip = at("gemeenten/index.html#gemeente-vroeg");
        assertThat(tip.title()).isEqualTo("Betrek de gemeente vroeg");
        assertThat(tip.type()).isEqualTo("tip");
        assertThat(tip.label()).isEqualTo("Tip 1.1");
        assertThat(tip.kind()).isEqualTo(TitleKind.ENTRY);
        assertThat(tip.text()).isEqualTo("Vraag de gemeente om mee te denken voordat het plan vastligt.");
        assertThat(at("gemeenten/index.html#de-rol-van-de-raad").text()).doesNotContain("Vraag de gemeente", "Tip 1.1");
    }

    @Test
    void aStandaloneEntryOpensAsTheEntryAndItsSectionsCarryItsType() {
        SearchDocument casus = at("casussen/drenthe.html");
        assertThat(casus.kind()).isEqualTo(TitleKind.ENTRY);
        assertThat(casus.type()).isEqualTo("casus");
        assertThat(casus.label()).isEqualTo("Casus 3.1");
        assertThat(casus.keywords()).isEqualTo("Drenthe");
        SearchDocument aanpak = at("casussen/drenthe.html#aanpak");
        assertThat(aanpak.type()).isEqualTo("casus");
        assertThat(aanpak.context()).isEqualTo("Brede welvaart in Drenthe");
    }

    @Test
    void theHomePageBelongsToNoChapter() {
        assertThat(at("index.html").chapter()).isEqualTo(-1);
    }

    @Test
    void aBodyNestedFarDeeperThanAnyCheckAllowsIsReadWithoutOverflowingTheStack() {
        Built stages = Fixtures.built(Fixtures.copy("search", dir.resolve("deep")));
        Page page = stages.handbook().readingOrder().stream().filter(p -> p.outputPath().equals("gemeenten/index.html"))
                .findFirst().orElseThrow();
        int levels = 50_000;
        Element body = Jsoup.parseBodyFragment("<div><span>".repeat(levels / 2) + "diep verstopt").body();
        body.appendElement("h2").attr("id", "daarna").text("Daarna");
        body.appendElement("p").text("na de diepte");

        List<SearchDocument> documents = new DocumentExtractor(stages.handbook(), stages.entries()).documents(page, body);

        assertThat(documents.get(0).text()).isEqualTo("diep verstopt");
        assertThat(documents.get(1).title()).isEqualTo("Daarna");
        assertThat(documents.get(1).text()).isEqualTo("na de diepte");
    }
}
