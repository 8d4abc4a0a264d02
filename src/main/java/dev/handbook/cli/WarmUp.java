package dev.handbook.cli;

import dev.handbook.cache.FolderDigest;
import dev.handbook.render.Theme;
import dev.handbook.yaml.StrictYaml;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One-off costs of a build that depend on nothing the command line says, paid on a second thread while
 * the main thread parses the arguments (picocli: a tenth of a second) and reads the configuration: the
 * built-in theme's file system on the jar, the key of the tool (the jar's directory, and with it the
 * SHA-256 provider), the classes of the YAML reader and the locale data that dates are written with.
 * The main thread later takes the theme and the key made here (or waits for them) and finds the rest
 * loaded. Nothing here writes anything or changes what the build makes; a failure is left for the main
 * thread to meet and report.
 */
final class WarmUp implements Runnable {
    private final boolean build;

    private WarmUp(boolean build) {
        this.build = build;
    }

    /** Starts warming up for {@code build} (true) or {@code check}. */
    static void start(boolean build) {
        Thread thread = new Thread(new WarmUp(build), "handbook-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            Theme.openBuiltin();
            new StrictYaml().parse("title: x\n");
            if (build) {
                FolderDigest.tool();
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).format(LocalDate.of(2000, 1, 1));
            }
        } catch (Exception | Error e) {
            // the main thread does the same and reports what goes wrong
        }
    }
}
