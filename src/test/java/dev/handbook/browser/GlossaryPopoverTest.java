package dev.handbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.ParsedJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glossary term's popover in headless Chromium (src/test/a11y/glossary-checks.js, on the "glossary"
 * fixture from file://): it opens when the keyboard reaches the term, on hover and on a tap, closes on
 * Escape and when the pointer leaves, and axe finds nothing wrong with it open or closed.
 */
class GlossaryPopoverTest {
    private static final Path SCRIPTS = Path.of("src/test/a11y");

    @TempDir
    Path dir;

    @Test
    void opensOnFocusHoverAndTapAndClosesOnEscape() throws Exception {
        Path site = Chromium.siteOf("glossary", dir);
        TestTools.require(!TestTools.nodeRuns() ? "node on the PATH"
                : Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core")) ? null
                : "playwright-core (run: npm ci --prefix " + SCRIPTS + ")");
        Path out = dir.resolve("glossary.json");
        Path err = dir.resolve("glossary.err");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder("node", "glossary-checks.js", Chromium.BINARY.toString(),
                site.toAbsolutePath().toString()).directory(SCRIPTS.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("TMPDIR", tmp.toAbsolutePath().toString());
        Process process = builder.start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) throw new AssertionError("glossary-checks.js did not finish");
        } finally {
            TestTools.end(process);
        }
        if (process.exitValue() != 0) throw new AssertionError("glossary-checks.js failed:\n" + Files.readString(err, StandardCharsets.UTF_8));
        Map<String, Object> seen = ParsedJson.object(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(seen).containsEntry("closedAtFirst", true)
                .containsEntry("focusReached", true)
                .containsEntry("shownOnFocus", true)
                .containsEntry("shownAfterEscape", false)
                .containsEntry("shownOnHover", true)
                .containsEntry("shownAfterLeaving", false)
                .containsEntry("shownOnTap", true)
                .containsEntry("stayedOnPage", true)
                .containsEntry("shownAfterTapAndEscape", false);
        assertThat((List<?>) seen.get("axeOpen")).isEmpty();
        assertThat((List<?>) seen.get("axeClosed")).isEmpty();
    }
}
