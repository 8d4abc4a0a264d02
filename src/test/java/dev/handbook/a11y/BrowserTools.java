package dev.handbook.a11y;

import dev.handbook.browser.Chromium;
import dev.handbook.browser.TestTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the browser checks need: Chromium, Node and the npm packages of src/test/a11y (installed with
 * {@code npm ci}). On CI (the environment variable CI is set) a missing tool fails the tests, so that
 * the gate cannot pass by not running; on a developer's machine the tests are skipped and say why.
 */
final class BrowserTools {
    static final Path SCRIPTS = Path.of("src/test/a11y");
    static final Path CHROMIUM = Chromium.BINARY;

    private BrowserTools() {}

    /** Fails (on CI) or skips the calling test when a tool is missing. */
    static void require() {
        TestTools.require(missing());
    }

    /** What is missing, or null when everything is there. */
    static String missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) missing.add("Chromium at " + CHROMIUM + " (apt-get install chromium, or set HANDBOOK_CHROMIUM)");
        if (!TestTools.nodeRuns()) missing.add("node on the PATH");
        List<String> modules = List.of("axe-core", "playwright-core").stream()
                .filter(m -> !Files.isDirectory(SCRIPTS.resolve("node_modules").resolve(m)))
                .toList();
        if (!modules.isEmpty()) missing.add(String.join(" and ", modules) + " (run: npm ci --prefix " + SCRIPTS + ")");
        return missing.isEmpty() ? null : "the accessibility checks need " + String.join(", ", missing);
    }
}
