package dev.handbook.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

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

    /**
     * Ends {@code process} and every process it started, if they still run (after a timeout, or when the
     * test is interrupted), and waits up to ten seconds for them to go, since until then they may still
     * write into their temporary folders. /usr/bin/chromium is a script, and a Node script may start a
     * browser: those are among the descendants, which are taken before the process itself is ended.
     */
    public static void end(Process process) {
        end(Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList());
    }

    /**
     * Ends, as {@link #end(Process)}, every process whose command line holds {@code argument}, a path
     * that only one run's processes are given (as Chromium's helpers are given its profile): those that
     * outlived the process that started them, such as a browser's renderers when the browser was killed.
     */
    public static void endAll(String argument) {
        end(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(argument)).orElse(false))
                .toList());
    }

    private static void end(List<ProcessHandle> all) {
        all.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // still going: the deletion of its folder is tried again for a while (TempFolders)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
