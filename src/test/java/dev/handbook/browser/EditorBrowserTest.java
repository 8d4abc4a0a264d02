package dev.handbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.ParsedJson;
import dev.handbook.pipeline.Options;
import dev.handbook.serve.BuildState;
import dev.handbook.serve.PreviewServer;
import dev.handbook.serve.ServeSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --edit} in headless Chromium (src/test/a11y/editor-checks.js), on a copy of the
 * "entries" fixture: an editor changes a choice field and a sentence, sees the problem of an unknown
 * value before saving, saves, and the file holds exactly that change (the keys in their order, the
 * comment kept) while the page reloads with the new text. axe finds nothing on the open editor, and
 * the keyboard alone reaches the form, the text and "Opslaan", and saves. A save over a file changed on
 * disk meanwhile shows both versions and writes nothing; "Nieuwe pagina" makes the file {@code new} makes.
 */
class EditorBrowserTest {
    private static final Path SCRIPTS = Path.of("src/test/a11y");
    static final String CASUS = """
            ---
            title: Raamwerk in Drenthe
            type: casus
            summary: Een raamwerk voor gemeenten.
            # met de provincie gekozen
            schaal: regionaal  # lokaal of regionaal
            jaar: 2023
            thema: [a]
            regio: Drenthe
            related: [eerste-tip]
            ---
            ## Aanleiding

            Tekst.
            """;

    @TempDir
    static Path dir;

    static Path source;
    static Map<String, Object> seen;

    @BeforeAll
    static void drive() throws Exception {
        Chromium.require();
        TestTools.require(!TestTools.nodeRuns() ? "node on the PATH"
                : Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core")) ? null
                : "playwright-core (run: npm ci --prefix " + SCRIPTS + ")");
        source = Fixtures.copy("entries", dir.resolve("handboek"));
        Files.writeString(source.resolve("02-casussen/01-drenthe.md"), CASUS);
        Path out = dir.resolve("editor.json");
        Path err = dir.resolve("editor.err");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        try (PreviewServer server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT).withEdit(), new PreviewServer.Listener() {
            @Override
            public void built(BuildState state) {}

            @Override
            public void watchFailed(Exception e) {}
        })) {
            List<String> command = new java.util.ArrayList<>(List.of("node", "editor-checks.js", Chromium.BINARY.toString(),
                    server.uri().toString(), source.toAbsolutePath().toString()));
            String shot = System.getProperty("handbook.editor.screenshot");
            if (shot != null) command.add(Path.of(shot).toAbsolutePath().toString());
            ProcessBuilder builder = new ProcessBuilder(command).directory(SCRIPTS.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("TMPDIR", tmp.toAbsolutePath().toString());
            Process process = builder.start();
            try {
                if (!process.waitFor(5, TimeUnit.MINUTES)) throw new AssertionError("editor-checks.js did not finish");
            } finally {
                TestTools.end(process);
            }
            if (process.exitValue() != 0) throw new AssertionError("editor-checks.js failed:\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        seen = ParsedJson.object(Files.readString(out, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String key) {
        return (List<String>) seen.get(key);
    }

    @Test
    void theFormIsMadeFromHandbookYmlWithItsLabels() {
        assertThat(strings("formKeys")).startsWith("title", "summary", "type").contains("schaal", "jaar", "thema", "regio");
        assertThat(strings("schaalOptions")).contains("Lokaal", "Regionaal");
    }

    @Test
    void anUnknownValueIsShownAtItsLineBeforeSaving() {
        assertThat((String) seen.get("problemBeforeSave")).contains("onbekend", "thema");
        assertThat(((Number) seen.get("lintMarks")).intValue()).isPositive();
    }

    @Test
    void theSavedFileHoldsExactlyTheChangeAndThePageReloadedWithIt() throws Exception {
        assertThat(Files.readString(source.resolve("02-casussen/01-drenthe.md")))
                .isEqualTo(CASUS.replace("schaal: regionaal  #", "schaal: lokaal  #").replace("Tekst.", "Nieuwe tekst over Drenthe."));
        assertThat((String) seen.get("reloadedText")).contains("Nieuwe tekst over Drenthe.");
        assertThat(((Number) seen.get("reopened")).intValue()).isEqualTo(1);
    }

    @Test
    void axeFindsNoWcagViolationOnTheEditor() {
        assertThat((List<?>) seen.get("axe")).isEmpty();
    }

    @Test
    void theKeyboardAloneReachesTheFormTheTextAndSaveAndSaves() throws Exception {
        assertThat(seen.get("keyboardButton")).isEqualTo(true);
        List<String> focus = strings("keyboardFocus");
        assertThat(focus).contains("hb-field-title", "editor", "save");
        assertThat(focus.indexOf("hb-field-title")).isLessThan(focus.indexOf("editor"));
        assertThat(focus.indexOf("editor")).isLessThan(focus.indexOf("save"));
        assertThat((String) seen.get("keyboardFile")).contains("De regio groeit. Met het toetsenbord.");
        assertThat((String) seen.get("keyboardSaved")).contains("Met het toetsenbord.");
    }

    @Test
    void aSaveOverAChangeOnDiskShowsBothVersionsAndWritesNothing() {
        List<String> versions = strings("conflictVersions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0)).contains("Van buiten veranderd.").doesNotContain("Mijn regel.");
        assertThat(versions.get(1)).contains("Mijn regel.");
        assertThat((String) seen.get("fileAfterConflict")).contains("Van buiten veranderd.").doesNotContain("Mijn regel.");
        assertThat(strings("conflictAxe")).isEmpty();
        assertThat((String) seen.get("editorAfterConflict")).contains("Van buiten veranderd.").doesNotContain("Mijn regel.");
    }

    @Test
    void aNewPageIsTheFileNewMakesOpenedInTheEditor() throws Exception {
        assertThat((String) seen.get("newPageTitle")).contains("01-begin/02-werk-met-een-leeragenda.md");
        assertThat(Files.readString(source.resolve("01-begin/02-werk-met-een-leeragenda.md")))
                .startsWith("---\ntitle: \"Werk met een leeragenda\"\ntype: tip\n");
    }

    @Test
    void aDroppedImageNeedsAnAltTextAndLandsBesideThePage() {
        assertThat((String) seen.get("imageWithoutAlt")).contains("alternatieve tekst");
        assertThat(seen.get("imageInserted")).isEqualTo(true);
        assertThat(source.resolve("01-begin/kaart-zeeland.png")).exists();
    }
}
