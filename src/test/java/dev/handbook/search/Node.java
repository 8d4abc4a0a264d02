package dev.handbook.search;

import dev.handbook.TempFolders;
import dev.handbook.browser.TestTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Node scripts of src/test/js, which exercise the browser's search code outside a browser. */
final class Node {
    static final Path SCRIPTS = Path.of("src/test/js");
    static final Path ASSETS = Path.of("themes/default/assets");

    private Node() {}

    /** Fails (on CI) or skips the calling test, with the reason, when there is no {@code node} on the PATH. */
    static void assumeInstalled() {
        TestTools.require(TestTools.nodeRuns() ? null : "node is not installed (or not on the PATH), which the tests of the browser's search code need");
    }

    /** Runs a script with arguments and returns what it printed; fails with its errors when it fails. */
    static String run(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(args));
        Path work = null;
        Process p = null;
        try {
            // what it prints goes to files, so that a script that hangs cannot block the reading
            work = Files.createTempDirectory("node-");
            Path out = work.resolve("out.txt");
            Path err = work.resolve("err.txt");
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            // a safety net against a hung process, not a timing assertion
            if (!p.waitFor(5, TimeUnit.MINUTES)) throw new AssertionError("node " + script + " did not finish");
            if (p.exitValue() != 0) {
                throw new AssertionError("node " + script + " failed:\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            if (p != null) TestTools.end(p);
            if (work != null) TempFolders.delete(work);
        }
    }
}
