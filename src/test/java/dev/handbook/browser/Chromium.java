package dev.handbook.browser;

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
 */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {}

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** The DOM of a page after its scripts ran, parsed with jsoup. */
    public static Document dumpDom(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ProcessBuilder builder = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
                "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom", url));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish within 60 s");
        }
        return Jsoup.parse(new String(out, StandardCharsets.UTF_8), url);
    }
}
