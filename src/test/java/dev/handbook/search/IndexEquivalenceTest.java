package dev.handbook.search;

import dev.handbook.model.SitePaths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Built;
import dev.handbook.config.EntryType;
import dev.handbook.output.OutputFile;
import dev.handbook.search.SearchDocument.TitleKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index made page by page in the page pass, merged in arrays, is byte for byte the index the
 * generator wrote before ({@link ReferenceIndex}): same terms, scores, parts and order.
 */
class IndexEquivalenceTest {
    private static final List<EntryType> TYPES = List.of(new EntryType("tip", "Tip", "Tips", List.of()),
            new EntryType("casus", "Casus", "Casussen", List.of()));

    @TempDir
    Path dir;

    @Test
    void theSiteOfTheSearchFixtureHasTheIndexOfTheReference() {
        assertSameIndexAsReference(Fixtures.built(Fixtures.copy("search", dir)));
    }

    @Test
    void theSiteOfTheSampleHandbookHasTheIndexOfTheReference() {
        assertSameIndexAsReference(Fixtures.built(Path.of("content")));
    }

    @Test
    void aCorpusOfAccentsQuotesLongTextsAndEmptyFieldsGivesTheBytesOfTheReference() {
        List<SearchDocument> documents = new ArrayList<>();
        String long1 = "Coördinatie “tussen” gemeenten <en> regio’s, ĳs & æther; ".repeat(90);
        documents.add(new SearchDocument("a.html", "Coördinatie in de regio", "", "", "", 0, long1, "", TitleKind.PAGE));
        documents.add(new SearchDocument("a.html#b", "Één aanpak", "Coördinatie in de regio", "tip", "", 0,
                "Gemeenten werken samen\nmet bewoners. Werkt het? Ja: gemeente, gemeenten, gemeentelijke.", "", TitleKind.HEADING));
        documents.add(new SearchDocument("a.html#t", "Werk samen", "Coördinatie", "tip", "Tip 1.1", 0,
                "x".repeat(2500), "Drenthe Bewoners in beeld", TitleKind.ENTRY));
        documents.add(new SearchDocument("c.html", "", "", "casus", "Casus 2.1", -1, "", "", TitleKind.ENTRY));
        for (int d = 0; d < 300; d++) {
            documents.add(new SearchDocument("p" + d + ".html", "Pagina " + d + " over wonen", "", d % 3 == 0 ? "casus" : "",
                    "", d % 7, ("wonen werken welzijn " + d + " regio" + d % 11 + " ").repeat(1 + d % 13), "", TitleKind.PAGE));
        }
        Corpus corpus = new Corpus(documents, List.of("1 Een", "2 Twee “drie”"));
        assertSameFiles(new IndexWriter(TYPES).files(new IndexBuilder("nl", Scoring.DEFAULT).build(corpus)),
                new ReferenceIndex("nl", TYPES).files(corpus));
        assertSameFiles(new IndexWriter(TYPES).files(new IndexBuilder("en", Scoring.DEFAULT).build(corpus)),
                new ReferenceIndex("en", TYPES).files(corpus));
    }

    @Test
    void anEmptyCorpusGivesTheBytesOfTheReference() {
        Corpus corpus = new Corpus(List.of(), List.of());
        assertSameFiles(new IndexWriter(TYPES).files(new IndexBuilder("nl", Scoring.DEFAULT).build(corpus)),
                new ReferenceIndex("nl", TYPES).files(corpus));
    }

    private static void assertSameIndexAsReference(Built rendering) {
        assertThat(rendering.usable()).isTrue();
        List<OutputFile> site = rendering.site().files().stream().filter(f -> f.path().startsWith(SitePaths.SEARCH_INDEX)).toList();
        Corpus corpus = new DocumentExtractor(rendering.handbook(), rendering.entries()).extract(rendering.bodies());
        List<EntryType> types = List.copyOf(rendering.handbook().config().types().values());
        List<OutputFile> reference = new ReferenceIndex(rendering.handbook().config().language(), types).files(corpus);
        assertThat(site).hasSizeGreaterThan(2);
        assertSameFiles(site, reference);
        assertSameFiles(SearchIndex.files(rendering.handbook(), rendering.entries(), rendering.bodies()), reference);
    }

    private static void assertSameFiles(List<OutputFile> actual, List<OutputFile> expected) {
        assertThat(actual.stream().map(OutputFile::path).toList())
                .containsExactlyElementsOf(expected.stream().map(OutputFile::path).toList());
        for (int i = 0; i < actual.size(); i++) {
            assertThat(text(actual.get(i))).as(actual.get(i).path()).isEqualTo(text(expected.get(i)));
        }
    }

    private static String text(OutputFile file) {
        return new String(((OutputFile.Generated) file).bytes(), StandardCharsets.ISO_8859_1);
    }
}
