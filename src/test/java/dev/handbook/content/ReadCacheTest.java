package dev.handbook.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.check.Problems;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview keeps the pages it read; a load must still see every change of a file or of the configuration. */
class ReadCacheTest {
    @TempDir
    Path dir;

    private final ReadCache reads = ReadCache.kept();

    private Path handbook() {
        return Fixtures.write(dir, Map.of(
                "handbook.yml", "title: Proef\nlanguage: nl\ntypes:\n  tip:\n    label: Tip\n    plural: Tips\n",
                "index.md", "---\ntitle: Begin\n---\nWelkom.\n",
                "01-een/index.md", "---\ntitle: Een\n---\nTekst.\n",
                "01-een/01-pagina.md", "---\ntitle: Oude titel\n---\nTekst.\n"));
    }

    private Handbook load(Path source, Problems problems) {
        return load(source, problems, reads);
    }

    private static Handbook load(Path source, Problems problems, ReadCache reads) {
        HandbookConfig config = new ConfigLoader(problems).load(source);
        return new ContentLoader(config, problems, false, false, reads).load(source, Set.of());
    }

    private static Page page(Handbook handbook, String sourcePath) {
        return handbook.readingOrder().stream().filter(p -> p.sourcePath().equals(sourcePath)).findFirst().orElseThrow();
    }

    @Test
    void anUnchangedFileIsTakenAsReadAndAChangedOneIsReadAgain() throws Exception {
        Path source = handbook();
        Handbook first = load(source, new Problems());
        Handbook same = load(source, new Problems());
        assertThat(page(same, "01-een/01-pagina.md").title()).isEqualTo("Oude titel");
        assertThat(page(same, "01-een/index.md").markdown()).isSameAs(page(first, "01-een/index.md").markdown());

        Files.writeString(source.resolve("01-een/01-pagina.md"), "---\ntitle: Nieuwe titel\n---\nAnder.\n");
        Handbook changed = load(source, new Problems());

        assertThat(page(changed, "01-een/01-pagina.md").title()).isEqualTo("Nieuwe titel");
        assertThat(page(changed, "01-een/01-pagina.md").markdown()).isEqualTo("Ander.\n");
    }

    @Test
    void aFileWhoseFrontMatterWasWrongKeepsReportingIt() throws Exception {
        Path source = handbook();
        Files.writeString(source.resolve("01-een/01-pagina.md"), "---\ntitle: [onaf\n---\nTekst.\n");
        Problems first = new Problems();
        load(source, first);
        Problems again = new Problems();
        load(source, again);

        assertThat(again.sorted()).isNotEmpty().isEqualTo(first.sorted());
    }

    @Test
    void anotherConfigurationReadsEveryFileAgain() throws Exception {
        Path source = handbook();
        Files.writeString(source.resolve("01-een/01-pagina.md"), "---\ntitle: Tip\ntype: tip\n---\nTekst.\n");
        Problems before = new Problems();
        load(source, before);
        assertThat(before.sorted()).noneMatch(p -> p.code().startsWith("frontmatter"));

        // the type is gone from the configuration: the same file is now wrong, and must be said to be
        Files.writeString(source.resolve("handbook.yml"), "title: Proef\nlanguage: nl\n");
        Problems after = new Problems();
        load(source, after);

        assertThat(after.sorted()).anyMatch(p -> p.file().endsWith("01-pagina.md") && p.isError());
    }

    @Test
    void aWatchedMemoryReadsOnlyWhatWasReportedChanged() throws Exception {
        Path source = handbook();
        ReadCache watched = ReadCache.watched();
        java.util.function.Supplier<Handbook> load = () -> load(source, new Problems(), watched);
        load.get();
        Path file = source.resolve("01-een/01-pagina.md");

        // unreported, the change is not seen: the watcher is trusted, and no file is read
        Files.writeString(file, "---\ntitle: Stil veranderd\n---\nTekst.\n");
        assertThat(page(load.get(), "01-een/01-pagina.md").title()).isEqualTo("Oude titel");

        watched.changed("01-een/01-pagina.md");
        assertThat(page(load.get(), "01-een/01-pagina.md").title()).isEqualTo("Stil veranderd");

        // a folder reported changed reads everything in it again, once
        Files.writeString(file, "---\ntitle: Map veranderd\n---\nTekst.\n");
        Files.writeString(source.resolve("01-een/index.md"), "---\ntitle: Een, anders\n---\nTekst.\n");
        watched.changed("01-een");
        Handbook again = load.get();
        assertThat(page(again, "01-een/01-pagina.md").title()).isEqualTo("Map veranderd");
        assertThat(page(again, "01-een/index.md").title()).isEqualTo("Een, anders");

        Files.writeString(file, "---\ntitle: Alles\n---\nTekst.\n");
        watched.changed("");
        assertThat(page(load.get(), "01-een/01-pagina.md").title()).isEqualTo("Alles");

        // folders are not listed again either, until a change in them is reported
        Files.writeString(source.resolve("01-een/02-nieuw.md"), "---\ntitle: Nieuw\n---\nTekst.\n");
        assertThat(load.get().readingOrder()).extracting(Page::sourcePath).doesNotContain("01-een/02-nieuw.md");
        watched.changed("01-een/02-nieuw.md");
        assertThat(load.get().readingOrder()).extracting(Page::sourcePath).contains("01-een/02-nieuw.md");

        Files.delete(source.resolve("01-een/02-nieuw.md"));
        watched.changed("01-een/02-nieuw.md");
        assertThat(load.get().readingOrder()).extracting(Page::sourcePath).doesNotContain("01-een/02-nieuw.md");
    }
}
