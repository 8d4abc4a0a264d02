package dev.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glossary that MkDocs' snippets appended to every page ({@code auto_append}) becomes the handbook's
 * file of abbreviations, so that the pages keep their {@code <abbr>}; what else it held is reported.
 */
class AutoAppendTest {
    @TempDir
    Path dir;

    @Test
    void theAppendedAbbreviationsAreTheHandbooks() throws Exception {
        Path project = Fixtures.write(dir.resolve("project"), Map.of(
                "mkdocs.yml", """
                        site_name: Kader
                        theme:
                          name: material
                          language: nl
                        markdown_extensions:
                          - abbr
                          - pymdownx.snippets:
                              auto_append:
                                - includes/begrippen.md
                                - includes/ontbreekt.md
                        """,
                "includes/begrippen.md", """
                        # Begrippen

                        *[AVG]: Algemene verordening gegevensbescherming
                        *[DPIA]: Gegevensbeschermingseffectbeoordeling
                        """,
                "docs/index.md", "# Start\n\nDe AVG vraagt soms een DPIA.\n"));
        Path content = dir.resolve("content");
        ImportResult result = Importer.run(new ImportRequest("mkdocs", project, content));

        assertThat(Files.readString(content.resolve("handbook.yml"), StandardCharsets.UTF_8))
                .contains("abbreviations: includes/begrippen.md");
        assertThat(Files.readString(content.resolve("includes/begrippen.md"), StandardCharsets.UTF_8)).isEqualTo("""
                *[AVG]: Algemene verordening gegevensbescherming
                *[DPIA]: Gegevensbeschermingseffectbeoordeling
                """);
        assertThat(result.report()).doesNotContain("abbreviation").contains(
                "auto\\_append ` includes/begrippen.md `: 1 other line(s) are not appended to the pages",
                "auto\\_append ` includes/ontbreekt.md `: no such file in the project");

        Outcome outcome = Handbooks.build(content, dir.resolve("site"), Options.DEFAULT);
        assertThat(outcome.problems()).isEmpty();
        Element page = Fixtures.page(dir.resolve("site"), "index.html").selectFirst(".handbook-content");
        assertThat(page.select("abbr").eachAttr("title"))
                .containsExactly("Algemene verordening gegevensbescherming", "Gegevensbeschermingseffectbeoordeling");
    }
}
