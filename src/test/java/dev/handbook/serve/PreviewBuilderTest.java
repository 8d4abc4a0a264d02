package dev.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.pipeline.Options;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview takes unchanged files as it last read them, trusting the watcher; whatever the watcher
 * reports in a way that cannot be placed must make it read everything again, never show a stale page.
 */
class PreviewBuilderTest {
    private static final String PAGE = "01-begin/01-meer.md";

    @TempDir
    Path dir;

    private Path source;
    private PreviewBuilder builder;

    private void start() throws Exception {
        source = Fixtures.copy("entries", dir);
        builder = new PreviewBuilder(source, Options.DEFAULT);
        assertThat(builder.rebuild().written()).isTrue();
    }

    private void retitle(String title) throws Exception {
        Path file = source.resolve(PAGE);
        Files.writeString(file, Files.readString(file).replaceFirst("title: .*", "title: " + title));
    }

    private String servedTitle() {
        BuildState state = builder.rebuild();
        assertThat(state.written()).isTrue();
        byte[] html = state.site().read("begin/meer.html");
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8)).select("main h1").text();
    }

    @Test
    void aChangeReportedInTheContentFolderIsReadAgain() throws Exception {
        start();
        retitle("Stil veranderd");
        assertThat(servedTitle()).as("no change reported: the file as last read").contains("Meer");

        builder.changed(source.toAbsolutePath().normalize().resolve(PAGE));
        assertThat(servedTitle()).contains("Stil veranderd");
    }

    @Test
    void aPathOutsideEveryWatchedFolderMakesEveryFileReadAgain() throws Exception {
        start();
        retitle("Via de echte map");
        // as the watcher may name the content folder by its real path (/private/var/... on macOS)
        builder.changed(dir.resolveSibling("elders").resolve(PAGE).toAbsolutePath());
        assertThat(servedTitle()).contains("Via de echte map");
    }

    @Test
    void lostChangesMakeEveryFileReadAgain() throws Exception {
        start();
        retitle("Na een overloop");
        builder.changedAll();
        assertThat(servedTitle()).contains("Na een overloop");
    }
}
