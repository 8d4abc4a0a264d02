package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.search.SearchRun.Found;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query for a glossary term finds its definition first, before the pages that use the term. */
class GlossarySearchTest {
    @TempDir
    Path dir;

    @Test
    void aTermsDefinitionComesFirst() throws Exception {
        Node.assumeInstalled();
        Path source = Fixtures.copy("glossary", dir);
        Path site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        Map<String, Found> found = SearchRun.run(site, dir, 10, "kapitaal", "brede welvaart");
        assertThat(found.get("kapitaal").urls()).first().isEqualTo("bijlagen/begrippen.html#begrip-kapitaal");
        assertThat(found.get("kapitaal").hits().get(0).title()).isEqualTo("Kapitaal");
        assertThat(found.get("kapitaal").hits().get(0).label()).isEqualTo("Begrip");
        assertThat(found.get("kapitaal").urls()).contains("meten/index.html");
        assertThat(found.get("brede welvaart").urls()).first().isEqualTo("bijlagen/begrippen.html#begrip-brede-welvaart");
    }
}
