package dev.handbook;

import dev.handbook.model.SitePaths;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.pipeline.PreviewMemory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.output.OutputFile;
import dev.handbook.render.LazySite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview keeps between saves never shows in what it makes: after every kind of save, the
 * site made with the kept memory is, file for file, the site a fresh render makes.
 */
class PreviewMemoryTest {
    @TempDir
    Path dir;

    private final PreviewMemory memory = PreviewMemory.watched();

    @Test
    void everySaveGivesTheSiteAFreshRenderGives() throws Exception {
        Path source = Fixtures.copy("entries", dir);
        assertSameAsFresh(source);

        // the text of a page only
        edit(source, "01-begin/01-meer.md", text -> text + "\nEen nieuwe alinea.\n");
        assertSameAsFresh(source);

        // a title, which the sidebar, overviews and permalinks show
        edit(source, "02-casussen/01-drenthe.md", text -> text.replace("Raamwerk in Drenthe", "Kader in Drenthe"));
        Map<String, String> site = assertSameAsFresh(source);
        List<Map<String, Object>> toc = ParsedJson.asObject(ParsedJson.assigned(site.get(SitePaths.TOC_SCRIPT), "window.handbookToc="))
                .values().stream().flatMap(branch -> ParsedJson.asObjects(branch).stream()).toList();
        assertThat(toc).extracting(item -> item.get("t")).contains("Kader in Drenthe");
        assertThat(toc).flatExtracting(Map::values).noneMatch(value -> String.valueOf(value).contains("Raamwerk in Drenthe"));

        // a field value, which has a page of its own
        edit(source, "02-casussen/01-drenthe.md", text -> text.replace("schaal: regionaal", "schaal: lokaal"));
        assertSameAsFresh(source);

        // a page that becomes the page of a field value, and stops being it
        edit(source, "01-begin/index.md", text -> text.replaceFirst("\n---\n", "\nvalue-of: schaal=lokaal\n---\n"));
        assertThat(assertSameAsFresh(source)).doesNotContainKey("schaal/lokaal.html");
        edit(source, "01-begin/index.md", text -> text.replace("value-of: schaal=lokaal\n", ""));
        assertThat(assertSameAsFresh(source)).containsKey("schaal/lokaal.html");

        // an inline entry's heading
        edit(source, "01-begin/01-meer.md", text -> text.replace("Tweede tip", "Andere tip"));
        assertSameAsFresh(source);

        // a new page, then the page gone again
        Files.writeString(source.resolve("01-begin/02-nieuw.md"), "---\ntitle: Nieuw\ntype: tip\n---\nTekst.\n");
        memory.changed("01-begin/02-nieuw.md");
        assertThat(assertSameAsFresh(source)).containsKey("begin/nieuw.html");
        Files.delete(source.resolve("01-begin/02-nieuw.md"));
        memory.changed("01-begin/02-nieuw.md");
        assertThat(assertSameAsFresh(source)).doesNotContainKey("begin/nieuw.html");
    }

    private void edit(Path source, String page, java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = source.resolve(page);
        Files.writeString(file, change.apply(Files.readString(file)));
        memory.changed(page);
    }

    /** Asserts that the preview's site is a fresh render's, and gives it by path (copied files by their source). */
    private Map<String, String> assertSameAsFresh(Path source) {
        AtomicReference<LazySite> lazy = new AtomicReference<>();
        Outcome outcome = Handbooks.preview(source, Options.DEFAULT, memory, site -> lazy.set(site.files()));
        assertThat(outcome.written()).as(outcome.problems().toString()).isTrue();
        Map<String, String> preview = new TreeMap<>();
        lazy.get().rest().forEach((path, file) -> preview.put(path, content(file)));
        for (String path : lazy.get().pagePaths()) preview.put(path, content(lazy.get().file(path)));
        memory.finish();

        Map<String, String> fresh = new TreeMap<>();
        for (OutputFile file : Fixtures.built(source).site().files()) {
            fresh.put(file.path().replace('\\', '/'), content(file));
        }
        assertThat(preview.keySet()).isEqualTo(fresh.keySet());
        preview.forEach((path, text) -> assertThat(text).as(path).isEqualTo(fresh.get(path)));
        return preview;
    }

    private static String content(OutputFile file) {
        if (file instanceof OutputFile.Generated generated) return new String(generated.bytes(), StandardCharsets.UTF_8);
        if (file instanceof OutputFile.Streamed streamed) {
            try {
                return content(streamed.inMemory());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (file instanceof OutputFile.Copied copied) return "copied from " + copied.source();
        throw new UncheckedIOException(new IOException("unknown kind of file: " + file));
    }
}
