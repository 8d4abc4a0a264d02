package dev.handbook.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.pipeline.Built;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings on the changes page: a new or changed heading of a page shows as a heading, below the
 * item's own and without skipping a level, with its marks inside; and the content of an edition made
 * before the blocks were kept still compares, with the same digests.
 */
class ChangedHeadingsTest {
    /** The "edition" fixture's content.json as the generator wrote it before it kept what each line is. */
    private static final Path WITHOUT_BLOCKS = Path.of("src/test/resources/release/content-without-blocks.json");

    @TempDir
    Path dir;

    Path source;
    Built first;

    @BeforeEach
    void firstEdition() {
        source = Fixtures.copy("edition", dir);
        first = Fixtures.built(source);
    }

    /** "Leren" becomes "Samen leren"; "Meten" comes with a paragraph, and under it "Wat telt" with one. */
    private Built secondEdition() {
        EditionFixture.write(source, "01-start/01-doelen.md", """
                ---
                title: Doelen
                summary: Wat u wilt bereiken.
                ---
                De doelen zijn helder. Ze gaan over bestaanszekerheid, gezondheid en leefomgeving.

                ## Samen leren

                ::: tip Werk met een leeragenda {#leeragenda}
                Maak een leeragenda per kwartaal en bespreek die met het team.
                :::

                ::: tip Betrek bewoners {#bewoners}
                Vraag bewoners wat voor hen telt.
                :::

                ## Meten

                Meet eens per jaar wat de aanpak oplevert.

                ### Wat telt

                Tel wat bewoners zelf belangrijk vinden.
                """);
        return Fixtures.built(source);
    }

    private static Document page(Built built, Changes changes, int level) {
        Document doc = Document.createShell("");
        new ChangesHtml(new Labels("nl"), built.handbook().config()).write(doc.body(), "2", changes, level, null);
        return doc;
    }

    private static Element change(Document doc, String title) {
        return doc.select(".edition-change").stream()
                .filter(e -> e.selectFirst("h2, h3, h4").text().contains(title)).findFirst().orElseThrow();
    }

    @Test
    void aNewOrChangedHeadingIsAHeadingWithItsMarksInside() {
        Built second = secondEdition();
        Changes changes = Changes.between("1", ContentItems.of(first), ContentItems.of(second), Map.of());
        Document doc = page(second, changes, 2);
        Element doelen = change(doc, "Doelen");

        List<Element> blocks = doelen.select(".edition-diff");
        assertThat(blocks).extracting(Element::tagName).containsExactly("h4", "h4", "p", "h5", "p");
        Element renamed = blocks.get(0);
        assertThat(renamed.select("del").text()).contains("Leren");
        assertThat(renamed.select("ins").text()).contains("Samen");
        assertThat(blocks.get(1).selectFirst("ins").ownText()).isEqualTo("Meten");
        assertThat(blocks.get(3).selectFirst("ins").ownText()).isEqualTo("Wat telt");
        // each change in its own block: a heading holds no sentence, a sentence no heading
        assertThat(blocks.get(1).text()).doesNotContain("Meet eens");
        assertThat(blocks.get(2).text()).contains("Meet eens per jaar wat de aanpak oplevert.").doesNotContain("Meten", "Wat telt");
        assertThat(blocks.get(4).text()).contains("Tel wat bewoners zelf belangrijk vinden.");
        assertThat(doc.body().text()).doesNotContainPattern("(^|\\s)(title|summary|type): ");
        assertNoLevelSkipped(doc, 2);
    }

    @Test
    void inTheAppendixTheHeadingsGoOneLevelFurtherIn() {
        Built second = secondEdition();
        Changes changes = Changes.between("1", ContentItems.of(first), ContentItems.of(second), Map.of());
        Document doc = page(second, changes, 3);
        Element doelen = change(doc, "Doelen");
        assertThat(doelen.selectFirst("h4").text()).contains("Doelen");
        assertThat(doelen.select(".edition-diff")).extracting(Element::tagName).containsExactly("h5", "h5", "p", "h6", "p");
        assertNoLevelSkipped(doc, 3);
    }

    @Test
    void theContentOfAnEditionWithoutBlocksKeepsItsDigestsAndStillCompares() throws Exception {
        List<ContentItem> before = ManifestJson.readContent(Files.readAllBytes(WITHOUT_BLOCKS));
        assertThat(before).allSatisfy(item -> assertThat(item.blocks()).isEmpty());
        // the same sources today: nothing changed, so the text and its digest are made as they were
        Changes same = Changes.between("1", before, ContentItems.of(first), Map.of());
        assertThat(same.changed()).isEmpty();
        assertThat(same.removed()).isEmpty();

        Built second = secondEdition();
        Document doc = page(second, Changes.between("1", before, ContentItems.of(second), Map.of()), 2);
        List<Element> blocks = change(doc, "Doelen").select(".edition-diff");
        // the new edition says what its lines are
        assertThat(blocks).extracting(Element::tagName).containsExactly("h4", "h4", "p", "h5", "p");
        assertNoLevelSkipped(doc, 2);
    }

    @Test
    void aRemovedLineOfAnEditionWithoutBlocksIsAParagraph() throws Exception {
        List<ContentItem> before = ManifestJson.readContent(Files.readAllBytes(WITHOUT_BLOCKS));
        EditionFixture.write(source, "01-start/01-doelen.md", """
                ---
                title: Doelen
                summary: Wat u wilt bereiken.
                ---
                De doelen zijn helder. Ze gaan over bestaanszekerheid, gezondheid en leefomgeving.
                """);
        Built second = Fixtures.built(source);
        Document doc = page(second, Changes.between("1", before, ContentItems.of(second), Map.of()), 2);
        Element gone = change(doc, "Doelen").selectFirst(".edition-diff");
        assertThat(gone.tagName()).isEqualTo("p");
        assertThat(gone.selectFirst("del").ownText()).isEqualTo("Leren");
    }

    @Test
    void theBlocksAreKeptBesideTheTextAndReadBack() throws Exception {
        List<ContentItem> items = ContentItems.of(first);
        List<ContentItem> read = ManifestJson.readContent(ManifestJson.writeContent(items));
        assertThat(read).isEqualTo(items);
        ContentItem doelen = read.stream().filter(i -> i.id().equals("doelen")).findFirst().orElseThrow();
        assertThat(doelen.blocks()).extracting(ContentItem.Block::tag).containsExactly("p", "p", "h2");
        assertThat(doelen.text().split("\n")).hasSize(doelen.blocks().size());
    }

    @Test
    void aChangedListItemIsAnItemOfAList() throws Exception {
        String page = """
                ---
                title: Doelen
                ---
                De doelen zijn helder.

                1. Bestaanszekerheid voor elk huishouden.
                2. Gezondheid in %s wijk.
                3. Een schone leefomgeving.
                """;
        EditionFixture.write(source, "01-start/01-doelen.md", page.formatted("elke"));
        List<ContentItem> before = ContentItems.of(Fixtures.built(source));
        EditionFixture.write(source, "01-start/01-doelen.md", page.formatted("iedere"));
        Built second = Fixtures.built(source);
        List<ContentItem> after = ContentItems.of(second);
        ContentItem doelen = after.stream().filter(i -> i.id().equals("doelen")).findFirst().orElseThrow();
        assertThat(doelen.blocks()).extracting(ContentItem.Block::written)
                .containsExactly("p", "ol:" + "Bestaanszekerheid voor elk huishouden.".length() + ","
                        + "Gezondheid in iedere wijk.".length() + "," + "Een schone leefomgeving.".length());
        assertThat(ManifestJson.readContent(ManifestJson.writeContent(after))).isEqualTo(after);

        Document doc = page(second, Changes.between("1", before, after, Map.of()), 2);
        Element list = change(doc, "Doelen").selectFirst("ol.edition-diff");
        assertThat(list).as("the changed list").isNotNull();
        // only the item that changed, numbered as in the list, with its change in it
        assertThat(list.select("> li")).hasSize(1);
        Element item = list.selectFirst("li");
        assertThat(item.attr("value")).isEqualTo("2");
        assertThat(item.selectFirst("del").ownText()).isEqualTo("elke");
        assertThat(item.selectFirst("ins").ownText()).isEqualTo("iedere");
        assertThat(item.text()).contains("Gezondheid in").doesNotContain("Bestaanszekerheid", "schone");
    }

    /**
     * What axe's heading-order asks: no heading more than one level below the one before it, the first
     * one level below the page's own (the changes page's h1, the appendix's h2).
     */
    private static void assertNoLevelSkipped(Document doc, int first) {
        int previous = first - 1;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as("the level of ‘%s’ after h%d", h.text(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }
}
