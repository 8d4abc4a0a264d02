package dev.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.pipeline.Options;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys glossary, glossary-links and lists of handbook.yml: read, and wrong values told at their line. */
class ReferenceSettingsTest {
    @TempDir
    Path dir;

    private Path write(String settings) {
        return Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Proef\n" + settings,
                "index.md", "---\ntitle: Home\n---\nTekst.\n",
                "bijlagen/index.md", "---\ntitle: Bijlagen\n---\nTekst.\n",
                "bijlagen/begrippen.md", "---\ntitle: Begrippen\n---\nTerm\n: Uitleg.\n"));
    }

    @Test
    void readsTheGlossaryAndTheLists() {
        Path source = write("glossary: bijlagen/begrippen.md\nglossary-links: all\nlists: [tables, figures]\n");
        ReferenceSettings settings = new ConfigLoader(new Problems()).load(source).references();
        assertThat(settings.glossary()).isEqualTo("bijlagen/begrippen.md");
        assertThat(settings.glossaryLinks()).isEqualTo(ReferenceSettings.GlossaryLinks.ALL);
        assertThat(settings.lists()).containsExactly(ReferenceSettings.BookList.TABLES, ReferenceSettings.BookList.FIGURES);
        assertThat(Handbooks.check(source, Options.DEFAULT).problems()).isEmpty();
    }

    @Test
    void wrongValuesAreErrorsAtTheirLineWithWhatIsAllowed() {
        List<Problem> problems = Handbooks.check(write("glossary: bijlagen/begrip.md\nglossary-links: eerst\nlists: [figures, plaatjes]\n"),
                Options.DEFAULT).problems();
        assertThat(problems).extracting(Problem::code, Problem::line).containsExactly(
                tuple("config.glossary-missing", 2), tuple("config.glossary-links", 3), tuple("config.lists", 4));
        assertThat(problems.get(1).args()).containsExactly("eerst", "first, all, none", "");
    }
}
