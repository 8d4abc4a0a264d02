package dev.handbook;

import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.check.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aFailedBuildLeavesTheLastGoodSiteAsItWas() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", "---\ntitle: A\n---\nGoed.\n"));
        Path site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
        byte[] before = Files.readAllBytes(site.resolve("a.html"));

        Files.writeString(source.resolve("01-a.md"), "---\ntitle: A\n---\nNu met [een kapotte link](weg.md).\n");
        Outcome failed = Handbooks.build(source, site, Options.DEFAULT);

        assertThat(failed.written()).isFalse();
        assertThat(failed.problems()).extracting(Problem::code).containsExactly("link.broken");
        assertThat(Files.readAllBytes(site.resolve("a.html"))).isEqualTo(before);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("src", "site");
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of("handbook.yml", "title: Proef\n"));
        Path foreign = Fixtures.write(dir.resolve("documenten"), Map.of("belangrijk.txt", "niet weggooien"));
        Outcome outcome = Handbooks.build(source, foreign, Options.DEFAULT);
        assertThat(outcome.written()).isFalse();
        assertThat(outcome.problems()).extracting(Problem::code).containsExactly("output.foreign");
        assertThat(foreign.resolve("belangrijk.txt")).hasContent("niet weggooien");
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheContent() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of("handbook.yml", "title: Proef\n"));
        Outcome outcome = Handbooks.build(source, dir, Options.DEFAULT);
        assertThat(outcome.problems()).extracting(Problem::code).containsExactly("output.contains-source");
        assertThat(source.resolve("handbook.yml")).exists();
    }

    @Test
    void anOutputFolderInsideTheContentIsNotReadAsContent() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", "---\ntitle: A\n---\n"));
        Handbooks.build(source, source.resolve("site"), Options.DEFAULT);
        Outcome again = Handbooks.build(source, source.resolve("site"), Options.DEFAULT);
        assertThat(again.problems()).isEmpty();
        assertThat(again.pages()).isEqualTo(2);
    }

    @Test
    void refusesTheRootAndTheHomeFolder() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of("handbook.yml", "title: Proef\n"));
        for (Path dangerous : new Path[] {Path.of("/"), Path.of(System.getProperty("user.home"))}) {
            Outcome outcome = Handbooks.build(source, dangerous, Options.DEFAULT);
            assertThat(outcome.written()).isFalse();
            assertThat(outcome.problems()).extracting(Problem::code).containsExactly("output.dangerous");
        }
    }

    @Test
    void warnsAboutMarkdownThatNoChapterReaches() {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "_concepten/01-idee.md", "---\ntitle: Idee\n---\n",
                ".git/README.md", "niet van ons"));
        assertThat(Handbooks.check(source, Options.DEFAULT).problems())
                .extracting(p -> p.code() + " " + p.file().replaceAll(".*/src/", ""))
                .containsExactly("file.unreached _concepten/01-idee.md");
    }
}
