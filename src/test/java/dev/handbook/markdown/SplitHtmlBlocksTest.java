package dev.handbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An element of raw HTML split over Markdown, in CommonMark's reading (the default): the opening tag in one
 * block, Markdown after a blank line, the closing tag in a block of its own, as GitHub and Docusaurus pages
 * write a collapsible. The Markdown stays inside the element, and only what is active is reported.
 */
class SplitHtmlBlocksTest {
    @TempDir
    static Path dir;

    static Outcome outcome;
    static Element content;

    @BeforeAll
    static void build() throws Exception {
        Path source = Fixtures.write(dir.resolve("boek"), Map.of(
                "handbook.yml", "title: Gesplitst\nlanguage: nl\n",
                "index.md", "---\ntitle: Start\n---\nTekst.\n",
                "01-h/index.md", "---\ntitle: H\n---\nTekst.\n",
                "01-h/02-doel.md", "---\ntitle: Doel\n---\nTekst.\n",
                "01-h/01-p.md", """
                        ---
                        title: P
                        ---

                        <details>
                          <summary>Meer weten</summary>

                        Tekst met **vet** en een [link](02-doel.md).

                        ```json
                        {"a": 1}
                        ```

                        </details>

                        <div class="kader" onclick="weg()">

                        Binnen het kader.

                        </div>

                        <ol start="0">
                        <li value="0">Nul</li>
                        <li>Een</li>
                        </ol>
                        """));
        outcome = Handbooks.build(source, dir.resolve("site"), Options.DEFAULT);
        content = Fixtures.page(dir.resolve("site"), "h/p.html").selectFirst(".handbook-content");
    }

    @Test
    void theMarkdownStaysInsideTheCollapsible() {
        Element details = content.selectFirst("details");
        assertThat(details.selectFirst("summary").text()).isEqualTo("Meer weten");
        assertThat(details.select("p > strong").text()).isEqualTo("vet");
        assertThat(details.select("p > a").attr("href")).isEqualTo("doel.html");
        assertThat(details.select("pre > code").text()).isEqualTo("{\"a\": 1}");
        assertThat(content.text()).doesNotContain("<details", "</details>", "</div>");
    }

    @Test
    void onlyWhatIsActiveIsReportedAndRemovedAndTheElementStaysOpen() {
        assertThat(outcome.problems()).extracting(Problem::code, Problem::line)
                .containsExactly(tuple("html.unsafe", 16));
        Element kader = content.selectFirst("div.kader");
        assertThat(kader.hasAttr("onclick")).isFalse();
        assertThat(kader.select("p").text()).isEqualTo("Binnen het kader.");
    }

    @Test
    void aListKeepsItsNumbering() {
        assertThat(content.selectFirst("ol").attr("start")).isEqualTo("0");
        assertThat(content.selectFirst("li").attr("value")).isEqualTo("0");
    }
}
