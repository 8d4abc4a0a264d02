package dev.handbook.browser;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.TempFolders;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Headless Chromium for tests of the site's scripts as a reader's browser runs them, from file://.
 * CI installs Debian's chromium (see .ci/run); elsewhere tests that need it are skipped.
 * {@code HANDBOOK_CHROMIUM} names another binary.
 */
public final class Chromium {
    public static final Path BINARY = Path.of(System.getenv().getOrDefault("HANDBOOK_CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {}

    /** Fails (on CI) or skips the calling test when Chromium is not installed. */
    public static void require() {
        TestTools.require(Files.isExecutable(BINARY) ? null
                : "Chromium is not installed at " + BINARY + " (apt-get install chromium, or set HANDBOOK_CHROMIUM)");
    }

    /**
     * Requires Chromium, then builds the fixture handbook {@code fixture} into {@code dir}/site, for
     * its pages to be opened from file://; gives the site's folder.
     */
    public static Path siteOf(String fixture, Path dir) throws IOException {
        require();
        Path site = dir.resolve("site");
        Handbooks.build(Fixtures.copy(fixture, dir), site, Options.DEFAULT);
        return site;
    }

    /** The DOM of a page after its scripts ran, parsed with jsoup. */
    public static Document dumpDom(String url) throws IOException, InterruptedException {
        return dumpDom(url, 3_000);
    }

    /**
     * As {@link #dumpDom(String)}, giving the page {@code virtualMillis} of virtual time (timers run
     * without waiting) to load scripts and settle before the DOM is taken.
     */
    public static Document dumpDom(String url, int virtualMillis) throws IOException, InterruptedException {
        // a folder of its own for each run, with the browser's profile and the DOM it prints, deleted
        // however the run ends; the DOM goes to a file, so that a browser that hangs cannot block the reading
        Path work = Files.createTempDirectory("chromium-");
        Process process = null;
        try {
            Path dom = work.resolve("dom.html");
            ProcessBuilder builder = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
                    "--user-data-dir=" + work.resolve("profile"), "--virtual-time-budget=" + virtualMillis, "--dump-dom", url));
            builder.redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) throw new IOException("chromium did not finish within 2 minutes");
            return Jsoup.parse(new String(Files.readAllBytes(dom), StandardCharsets.UTF_8), url);
        } finally {
            try {
                if (process != null) TestTools.end(process);
                TestTools.endAll("--user-data-dir=" + work.resolve("profile"));
            } finally {
                TempFolders.delete(work);
            }
        }
    }
}
