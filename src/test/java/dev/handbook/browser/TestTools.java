package dev.handbook.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The outside programs the browser and script tests run (Chromium, Node). On CI (the environment
 * variable CI is set, as .ci/run does) a missing one fails the test, so that a gate cannot pass by not
 * running; on a developer's machine the test is skipped and says why.
 */
public final class TestTools {
    private TestTools() {}

    /** Fails (on CI) or skips the calling test when {@code missing} names something; does nothing when null. */
    public static void require(String missing) {
        if (missing == null) return;
        if (System.getenv("CI") != null) throw new AssertionError(missing);
        assumeTrue(false, missing + "; skipped");
    }

    public static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
