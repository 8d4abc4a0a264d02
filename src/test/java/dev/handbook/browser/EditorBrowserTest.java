package dev.handbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.pipeline.Options;
import dev.handbook.serve.BuildState;
import dev.handbook.serve.PreviewServer;
import dev.handbook.serve.ServeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        NodeScript.require();
        try {
            seen = driveOnce(dir.resolve("first"));
        } catch (NodeScript.Stuck stuck) {
            // a browser that hangs (it happened once on CI, in no step that a run here repeats) is
            // not the editor's fault: once more from a fresh copy, the first run's steps on record
            System.err.println("EditorBrowserTest: the first run got stuck, running once more:\n" + stuck.getMessage());
            seen = driveOnce(dir.resolve("second"));
        }
    }

    private static Map<String, Object> driveOnce(Path work) throws Exception {
        source = Fixtures.copy("entries", work.resolve("handboek"));
        Files.writeString(source.resolve("02-casussen/01-drenthe.md"), CASUS);
        try (PreviewServer server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT).withEdit(), new PreviewServer.Listener() {
            @Override
            public void built(BuildState state) {}

            @Override
            public void watchFailed(Exception e) {
                System.err.println("EditorBrowserTest: the preview stopped watching: " + e); // the script's reloads then time out
            }
        })) {
            List<String> arguments = new ArrayList<>(List.of(server.uri().toString(), source.toAbsolutePath().toString()));
            String shot = System.getProperty("handbook.editor.screenshot");
            if (shot != null) arguments.add(Path.of(shot).toAbsolutePath().toString());
            return NodeScript.run(work, Duration.ofMinutes(4), "editor-checks.js", arguments);
        }
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
        // the rebuild after the image's file came before the (held back) answer: its reload waited
        assertThat(((Number) seen.get("loadsDuringImage")).intValue()).isZero();
        assertThat(source.resolve("01-begin/kaart-zeeland.png")).exists();
    }
}
