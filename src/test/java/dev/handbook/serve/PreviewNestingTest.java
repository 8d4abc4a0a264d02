package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page that nests too deep is a problem in the preview like any other: shown over the last good site, no crash. */
class PreviewNestingTest {
    @TempDir
    Path dir;

    @Test
    void aTooDeepPageGetsTheOverlayAndTheLastGoodSiteStays() throws Exception {
        Path source = Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Proef\n",
                "index.md", "---\ntitle: Home\n---\nHallo.\n",
                "01-h/index.md", "---\ntitle: H\n---\nTekst.\n"));
        PreviewBuilder builder = new PreviewBuilder(source, Options.DEFAULT);
        assertThat(builder.rebuild().written()).isTrue();

        // the body starts on line 4; the 101st fence stands on line 104
        Map<String, Integer> bodies = Map.of(
                "<div>".repeat(5000) + "x" + "</div>".repeat(5000) + "\n", 4,
                "::: note B\n".repeat(10_000) + "x\n" + ":::\n".repeat(10_000), 104,
                ">".repeat(1000) + " a\n", 4);
        for (Map.Entry<String, Integer> entry : bodies.entrySet()) {
            String body = entry.getKey();
            Files.writeString(source.resolve("01-h/index.md"), "---\ntitle: H\n---\n" + body);
            builder.changed(source.resolve("01-h/index.md").toAbsolutePath().normalize());
            BuildState state = builder.rebuild();
            assertThat(state.crash()).isNull();
            assertThat(state.written()).isFalse();
            assertThat(state.problems()).extracting(Problem::code, Problem::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("nesting.too-deep", entry.getValue()));
            assertThat(state.site().read("h/index.html")).isNotNull();
        }
    }
}
