package dev.handbook.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Messages;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two names that differ only in capitals get the same address: one error that names both and a name that is free. */
class SameNameTest {
    @TempDir
    Path dir;

    @Test
    void pagesAndFoldersThatDifferOnlyInCapitals() throws Exception {
        Path source = Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Proef\n",
                "index.md", "---\ntitle: Home\n---\n",
                "01-h/index.md", "---\ntitle: H\n---\n",
                "01-h/Foo.md", "---\ntitle: Groot\n---\n",
                "01-h/foo.md", "---\ntitle: Klein\n---\n",
                "Map/index.md", "---\ntitle: Groot\n---\n",
                "map/index.md", "---\ntitle: Klein\n---\n"));
        assumeThat(Files.isSameFile(source.resolve("01-h/Foo.md"), source.resolve("01-h/foo.md")))
                .as("a file system that tells capitals apart").isFalse();
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).extracting(Problem::code).containsExactly("page.same-name", "page.same-name");
        Problem page = problems.stream().filter(p -> p.file().endsWith(".md")).findFirst().orElseThrow();
        assertThat(page.args().get(0)).endsWith("01-h/Foo.md");
        assertThat(page.args().get(1)).endsWith("01-h/foo.md");
        assertThat(page.args().get(2)).isEqualTo("h/foo.html");
        assertThat(page.args().get(3)).isEqualTo("foo-2.md");
        Problem folder = problems.stream().filter(p -> p.file().endsWith("/map")).findFirst().orElseThrow();
        assertThat(folder.args()).element(3).isEqualTo("map-2");

        // the name the hint offers resolves it
        Files.move(source.resolve("01-h/foo.md"), source.resolve("01-h/" + page.args().get(3)));
        Files.move(source.resolve("map"), source.resolve(folder.args().get(3)));
        assertThat(Handbooks.check(source, Options.DEFAULT).problems()).isEmpty();
        assertThat(new Messages("nl").hint(page)).get().asString().contains("‘foo-2.md’");
        assertThat(new Messages("en").hint(page)).get().asString().contains("‘foo-2.md’");
    }
}
