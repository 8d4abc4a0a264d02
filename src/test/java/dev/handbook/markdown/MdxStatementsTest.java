package dev.handbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MDX statements as a code formatter leaves them in Docusaurus pages: wrapped, two on a line. */
class MdxStatementsTest {
    @TempDir
    Path dir;

    @Test
    void aWrappedImportIsTakenOutAndASentenceStays() throws Exception {
        Path source = Fixtures.write(dir.resolve("boek"), Map.of(
                "handbook.yml", "title: MDX\nlanguage: nl\n",
                "index.md", "---\ntitle: Start\n---\nTekst.\n",
                "01-p.md", """
                        ---
                        title: P
                        ---

                        import { Kaart, Knop } from
                        "@gemeente/componenten"; import Auteur from
                        '@theme/Auteur';

                        import je gegevens uit het oude systeem.
                        """));
        Outcome outcome = Handbooks.build(source, dir.resolve("site"), Options.DEFAULT);
        assertThat(outcome.problems()).extracting(Problem::code, Problem::line).containsExactly(
                org.assertj.core.api.Assertions.tuple("mdx.dropped", 5));
        Element content = Fixtures.page(dir.resolve("site"), "p.html").selectFirst(".handbook-content");
        assertThat(content.text()).isEqualTo("import je gegevens uit het oude systeem.");
    }
}
