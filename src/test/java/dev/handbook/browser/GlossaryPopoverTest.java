package dev.handbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glossary term's popover in headless Chromium (src/test/a11y/glossary-checks.js, on the "glossary"
 * fixture from file://): it opens when the keyboard reaches the term, on hover and on a tap, closes on
 * Escape and when the pointer leaves, and axe finds nothing wrong with it open or closed.
 */
class GlossaryPopoverTest {

    @TempDir
    Path dir;

    @Test
    void opensOnFocusHoverAndTapAndClosesOnEscape() throws Exception {
        NodeScript.require();
        Path site = Chromium.siteOf("glossary", dir);
        Map<String, Object> seen = NodeScript.run(dir, Duration.ofMinutes(3), "glossary-checks.js", List.of(site.toAbsolutePath().toString()));
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
