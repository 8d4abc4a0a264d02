package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.search.SearchRun.Found;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries of stop words only, through search.js under Node: never empty, searched as a phrase; and the
 * keep-list of handbook.yml ({@code search: { keep-words: [...] }}) makes a stop word a word of its own.
 */
class StopWordQueryTest {
    @TempDir
    Path dir;

    private static final String PAGES_YML = "title: Proef\nlanguage: nl\n";

    private Map<String, Found> search(String settings, String... queries) throws IOException {
        Node.assumeInstalled();
        Path source = Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", settings,
                "index.md", "---\ntitle: Welkom\n---\nDit handboek gaat over brede welvaart.\n",
                "01-dimensies/index.md", "---\ntitle: Dimensies\n---\n## Hier en nu\n\nWat mensen nu hebben, op deze plek.\n\n"
                        + "## Later\n\nWat we doorgeven.\n",
                "02-nu/index.md", "---\ntitle: Het nu van de regio\n---\nOver de regio van vandaag.\n"));
        Path site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).problems()).isEmpty();
        return SearchRun.run(site, dir, 10, queries);
    }

    @Test
    void aQueryOfStopWordsOnlyIsSearchedAsAPhrase() throws IOException {
        Map<String, Found> found = search(PAGES_YML, "hier en nu", "nu", "wat");
        assertThat(found.get("hier en nu").urls()).first().isEqualTo("dimensies/index.html#hier-en-nu");
        // a single stop word finds the titles that hold it (a page title above a heading), not body text,
        // and is marked where the snippet has it
        assertThat(found.get("nu").urls()).containsExactly("nu/index.html", "dimensies/index.html#hier-en-nu");
        assertThat(found.get("nu").hits().get(1).snippet()).contains("Wat mensen [nu] hebben");
        // "Wat" stands in two bodies but in no title
        assertThat(found.get("wat").total()).isZero();
    }

    @Test
    void aKeptStopWordIsSearchedForAsAWord() throws IOException {
        Map<String, Found> found = search(PAGES_YML + "search:\n  keep-words: [nu]\n", "nu", "hier en nu");
        assertThat(found.get("nu").urls()).containsExactlyInAnyOrder("nu/index.html", "dimensies/index.html#hier-en-nu");
        assertThat(found.get("hier en nu").urls()).first().isEqualTo("dimensies/index.html#hier-en-nu");
    }
}
