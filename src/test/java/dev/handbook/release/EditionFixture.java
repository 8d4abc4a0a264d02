package dev.handbook.release;

import dev.handbook.Fixtures;
import dev.handbook.output.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The "edition" fixture handbook, its second edition's changes, and releasing without a clock. */
final class EditionFixture {
    static final LocalDate TODAY = LocalDate.of(2030, 1, 1);

    private EditionFixture() {}

    static Releaser.Result release(Path source, Path releases, String version) {
        try {
            return Releaser.release(new Releaser.Request(source, releases, version, null, null, TODAY, "handbook test"),
                    Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Edition 2: the page "Doelen" and the tip "leeragenda" change a few words; the page "Oude aanpak",
     * the tip "bewoners" and the case "zeeland" go, each under an alias; the page "Nieuwe aanpak" with
     * the tip "nieuwe-tip" and the case "utrecht" come.
     */
    static void secondEdition(Path source) {
        write(source, "01-start/01-doelen.md", """
                ---
                title: Doelen
                summary: Wat u wilt bereiken.
                aliases: [bewoners, start/oud.html]
                ---
                De doelen zijn scherp en helder. Ze gaan over bestaanszekerheid, gezondheid en leefomgeving.

                ## Leren

                ::: tip Werk met een leeragenda {#leeragenda}
                Maak een leeragenda per half jaar en bespreek die met het team.
                :::
                """);
        delete(source, "01-start/02-oud.md");
        write(source, "01-start/05-nieuw.md", """
                ---
                title: Nieuwe aanpak
                ---
                Zo werken we nu: met de monitor brede welvaart.

                ::: tip Begin klein {#nieuwe-tip}
                Kies een beleidsnota en begin daar.
                :::
                """);
        write(source, "02-casussen/01-drenthe.md", """
                ---
                title: Raamwerk Drenthe
                type: casus
                jaar: 2023
                aliases: [zeeland]
                ---
                De provincie Drenthe gebruikt een raamwerk voor brede welvaart bij elke beleidsnota.
                """);
        delete(source, "02-casussen/02-zeeland.md");
        write(source, "02-casussen/03-utrecht.md", """
                ---
                title: Dashboard Utrecht
                type: casus
                jaar: 2024
                ---
                Utrecht toont brede welvaart per wijk.
                """);
    }

    static void write(Path source, String rel, String text) {
        Fixtures.write(source, Map.of(rel, text));
    }

    static void delete(Path source, String rel) {
        try {
            Files.delete(source.resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root} with its bytes, by path. */
    static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String rel : Fixtures.files(root)) {
            try {
                files.put(rel, Files.readAllBytes(root.resolve(rel)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
