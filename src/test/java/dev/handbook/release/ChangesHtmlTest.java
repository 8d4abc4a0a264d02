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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changes of an edition as readers read them: fields by their labels, each change in its own sentence. */
class ChangesHtmlTest {
    @TempDir
    Path dir;

    @Test
    void fieldsAreComparedByLabelAndEachChangeStaysInItsBlock() throws Exception {
        Path source = Fixtures.copy("edition", dir);
        Built first = Fixtures.built(source);
        List<ContentItem> before = ContentItems.of(first);
        EditionFixture.write(source, "02-casussen/01-drenthe.md", """
                ---
                title: Raamwerk Drenthe
                type: casus
                jaar: 2024
                ---
                De provincie Drenthe gebruikt een raamwerk voor brede welvaart bij elke nieuwe beleidsnota.

                ## Wat het oplevert

                Een gesprek over later en elders, vroeg in het proces.
                """);
        Built second = Fixtures.built(source);
        Changes changes = Changes.between("1", before, ContentItems.of(second), Map.of());
        Document doc = Document.createShell("");
        new ChangesHtml(new Labels("nl"), second.handbook().config()).write(doc.body(), "2", changes, 2, null);

        Element drenthe = doc.select(".edition-change").stream()
                .filter(e -> e.text().contains("Raamwerk Drenthe")).findFirst().orElseThrow();
        Element field = drenthe.selectFirst(".edition-fields li");
        assertThat(field.selectFirst(".edition-field__label").text()).isEqualTo("Jaar:");
        assertThat(field.selectFirst("del").ownText()).isEqualTo("2023");
        assertThat(field.selectFirst("ins").ownText()).isEqualTo("2024");
        assertThat(field.ownText()).contains("→");
        // no raw front matter anywhere, and no block holds another block's text
        assertThat(doc.body().text()).doesNotContain("jaar: 2023", "jaar: 2024");
        for (Element block : doc.select("p, li, dd")) {
            assertThat(block.text()).as("a front-matter line").doesNotContainPattern("(^|\\s)(title|type|jaar|id|summary): ");
        }
        List<Element> blocks = drenthe.select(".edition-diff");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).text()).contains("De provincie Drenthe", "nieuwe", "beleidsnota.");
        assertThat(blocks.get(1).tagName()).as("a new heading is a heading").isEqualTo("h4");
        assertThat(blocks.get(1).selectFirst("ins").ownText()).isEqualTo("Wat het oplevert");
        assertThat(blocks.get(2).tagName()).isEqualTo("p");
        assertThat(blocks.get(2).text()).contains("Een gesprek over later en elders");
    }

    @Test
    void theChangesStyleKeepsNoLineBreaksOfTheMarkup() throws Exception {
        String css = Files.readString(Path.of("themes/default/assets/editions.css"));
        assertThat(css).doesNotContain("pre-line");
    }
}
