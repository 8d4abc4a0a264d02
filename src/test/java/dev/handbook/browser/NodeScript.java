package dev.handbook.browser;

import dev.handbook.ParsedJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A script under src/test/a11y that drives headless Chromium through playwright-core and prints one
 * JSON object of what it saw. The scripts write each step they reach to their error output, so that a
 * run that fails or hangs says where; a hang also shows what this JVM's threads were doing, since the
 * preview a script drives may run in this JVM. Such a hang is a {@link Stuck}, told apart from a failed
 * step.
 */
final class NodeScript {
    static final Path SCRIPTS = Path.of("src/test/a11y");

    /** The exit code of a script whose watchdog ended it (steps.js). */
    private static final int STUCK = 3;

    private NodeScript() {}

    /** A script that got stuck: its watchdog ended it, or it outran its time. */
    static final class Stuck extends AssertionError {
        Stuck(String message) {
            super(message);
        }
    }

    /** Fails (on CI) or skips the calling test when Chromium, Node or playwright-core is missing. */
    static void require() {
        Chromium.require();
        TestTools.require(!TestTools.nodeRuns() ? "node on the PATH"
                : Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core")) ? null
                : "playwright-core (run: npm ci --prefix " + SCRIPTS + ")");
    }

    /**
     * Runs {@code script} with Chromium's path and {@code arguments}, its temporary files in
     * {@code work}, and gives the object it printed; throws with its steps and error output when it
     * fails or takes longer than {@code limit}.
     */
    static Map<String, Object> run(Path work, Duration limit, String script, List<String> arguments)
            throws IOException, InterruptedException {
        String name = script.replace(".js", "");
        Path out = work.resolve(name + ".json");
        Path err = work.resolve(name + ".err");
        Path tmp = Files.createDirectories(work.resolve("tmp-" + name));
        List<String> command = new ArrayList<>(List.of("node", script, Chromium.BINARY.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(SCRIPTS.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("TMPDIR", tmp.toAbsolutePath().toString());
        Process process = builder.start();
        boolean finished;
        String threads = "";
        try {
            finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) threads = threadsOfThisJvm();
        } finally {
            TestTools.end(process);
        }
        if (!finished) {
            throw new Stuck(script + " did not finish within " + limit.toSeconds() + " s; its output:\n"
                    + Files.readString(err, StandardCharsets.UTF_8) + "\nthe threads of the test's JVM:\n" + threads);
        }
        if (process.exitValue() == STUCK) throw new Stuck(script + " got stuck:\n" + Files.readString(err, StandardCharsets.UTF_8));
        if (process.exitValue() != 0) {
            throw new AssertionError(script + " failed (exit " + process.exitValue() + "):\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return ParsedJson.object(Files.readString(out, StandardCharsets.UTF_8));
    }

    /** The stacks of the threads that are not the JDK's own, a few frames each. */
    private static String threadsOfThisJvm() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getThreadGroup() != null && "system".equals(thread.getThreadGroup().getName())) return;
            dump.append(thread.getName()).append(" (").append(thread.getState()).append(")\n");
            for (int i = 0; i < Math.min(stack.length, 14); i++) dump.append("    at ").append(stack[i]).append('\n');
        });
        return dump.toString();
    }
}
