package dev.handbook.cli;

import dev.handbook.cache.CacheKey;
import dev.handbook.cache.FolderDigest;
import dev.handbook.render.Theme;
import dev.handbook.yaml.StrictYaml;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One-off costs of a build that depend on nothing the command line says, paid on a second thread while
 * the main thread parses the arguments (picocli: a tenth of a second) and reads the configuration: the
 * built-in theme's file system on the jar, the key of the tool (the jar's directory, and with it the
 * hashing classes), the classes of the YAML reader and the locale data that dates are written with.
 * The main thread later takes the theme and the key made here (or waits for them) and finds the rest
 * loaded. Nothing here writes anything or changes what the build makes; a failure is left for the main
 * thread to meet and report.
 */
final class WarmUp implements Runnable {
    private final boolean build;
    private final FutureTask<CacheKey> tool = new FutureTask<>(FolderDigest::tool);

    private WarmUp(boolean build) {
        this.build = build;
    }

    /** Starts warming up for {@code build} (true) or {@code check}. */
    static WarmUp start(boolean build) {
        WarmUp warmUp = new WarmUp(build);
        Thread thread = new Thread(warmUp, "handbook-warm-up");
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    /** The key of the running tool, made here (or, when that failed, made now, so that its error is met here). */
    CacheKey toolKey() {
        try {
            return tool.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FolderDigest.tool();
        } catch (ExecutionException | CancellationException e) {
            return FolderDigest.tool();
        }
    }

    @Override
    public void run() {
        try {
            Theme.openBuiltin();
            new StrictYaml().parse("title: x\n");
            if (build) {
                tool.run();
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).format(LocalDate.of(2000, 1, 1));
            }
        } catch (Exception | Error e) {
            // the main thread does the same and reports what goes wrong
        } finally {
            if (!tool.isDone()) tool.cancel(false);
        }
    }
}
