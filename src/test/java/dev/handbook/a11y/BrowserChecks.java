package dev.handbook.a11y;

import dev.handbook.browser.TestTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs src/test/a11y/check-pages.js over pages of a built site: axe-core with the WCAG 2.0/2.1 A and AA
 * rules, reflow at 320 CSS px, Tab through every control with visible focus, the filter and the menu
 * used by keyboard, and no request to another host.
 */
final class BrowserChecks {
    /** What the run found, and which pages it finished. */
    record Report(List<Finding> findings, Set<String> done) {
        List<Finding> of(String page, Finding.Check check) {
            return findings.stream().filter(f -> f.page().equals(page) && f.check() == check).toList();
        }
    }

    private BrowserChecks() {}

    static Report run(Path site, List<PageUnderTest> pages, Path work) {
        try {
            List<String> lines = pages.stream().map(p -> p.name() + "\t" + p.target() + "\t" + p.ready()).toList();
            Path list = Files.write(work.resolve("pages.txt"), lines, StandardCharsets.UTF_8);
            Path err = work.resolve("check-pages.err");
            Path output = work.resolve("check-pages.out");
            // Playwright's and the browser's temporary folders go into the test's own, which JUnit deletes
            Path tmp = Files.createDirectories(work.resolve("check-pages.tmp"));
            ProcessBuilder builder = new ProcessBuilder("node", "check-pages.js", BrowserTools.CHROMIUM.toString(),
                    site.toAbsolutePath().toString(), list.toAbsolutePath().toString())
                    .directory(BrowserTools.SCRIPTS.toFile())
                    .redirectOutput(output.toFile()) // a file: a hung browser cannot block the reading
                    .redirectError(err.toFile());
            builder.environment().put("TMPDIR", tmp.toAbsolutePath().toString());
            Process process = builder.start();
            try {
                // a safety net against a hung browser, not a timing assertion
                if (!process.waitFor(20, TimeUnit.MINUTES)) throw new AssertionError("check-pages.js did not finish");
            } finally {
                TestTools.end(process); // with the browser it started, should it still run
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("check-pages.js failed:\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            String out = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
            List<Finding> findings = new ArrayList<>();
            Set<String> done = new HashSet<>();
            for (String line : out.lines().toList()) {
                String[] f = line.split("\t", -1);
                if (f.length < 2) continue;
                if (f[0].equals("DONE")) done.add(f[1]);
                else findings.add(new Finding(f[0], f[1], List.copyOf(Arrays.asList(f).subList(2, f.length))));
            }
            return new Report(List.copyOf(findings), Set.copyOf(done));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
