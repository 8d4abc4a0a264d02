package dev.handbook.serve;

import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.pipeline.PreviewMemory;
import dev.handbook.pipeline.PreviewSite;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the handbook for the preview through {@link Handbooks#preview}, the same stages as the
 * {@code build} command, so the preview shows exactly what a build makes; but the site stays in
 * memory, so a save costs no file writes and the editor's own output folder is never touched, and its
 * files are made when first asked for, so a save is shown once the handbook is checked; the rest is made
 * in the background. A failed build leaves the last good site being served.
 */
final class PreviewBuilder {
    private static final int WARM_UP_CHECKS = 30;

    private final Path source;
    private final Options options;
    /** What earlier builds made and read: a save reads, parses and renders only what it changed. */
    private final PreviewMemory memory = PreviewMemory.watched();
    /** The content folder as the watcher names it. */
    private final Path content;
    private final String run;
    private volatile BuildState state;
    /** Makes the rest of each new site in the background, after its reload went out. */
    private final ExecutorService completer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "handbook-preview-complete");
        t.setDaemon(true);
        return t;
    });
    /** Counts builds and reported changes: the completion of a site stops once it is no longer the latest. */
    private final AtomicInteger generation = new AtomicInteger();
    private boolean warmedUp;

    PreviewBuilder(Path source, Options options) {
        this.source = source;
        this.options = options;
        this.content = source.toAbsolutePath().normalize();
        // tells this server run apart from an earlier one, whose pages may still be open
        this.run = Long.toString(System.currentTimeMillis(), 36);
        this.state = new BuildState(0, run + ".0", null, false, List.of(), null, Handbooks.language(source), 0, 0);
    }

    /**
     * The watcher saw a change at {@code path}: a file or folder in the content folder is read again by
     * the next build; a change anywhere else (the theme) touches no page, unless the watcher names
     * the content folder otherwise than this does (by its real path), when every file is read again.
     */
    void changed(Path path) {
        generation.incrementAndGet(); // leave the cores to the rebuild that follows
        if (path.startsWith(content)) {
            memory.changed(content.relativize(path).toString().replace('\\', '/'));
        } else if (SourceWatcher.roots(source).stream().noneMatch(path::startsWith)) {
            memory.changedAll();
        }
    }

    /** Changes may have gone unheard: the next build reads every file again. */
    void changedAll() {
        generation.incrementAndGet();
        memory.changedAll();
    }

    BuildState state() {
        return state;
    }

    /** Builds the handbook; one build at a time. */
    synchronized BuildState rebuild() {
        long start = System.nanoTime();
        BuildState last = state;
        BuildState next;
        try {
            AtomicReference<PreviewSite> files = new AtomicReference<>();
            Outcome outcome = Handbooks.preview(source, options, memory, files::set);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (outcome.written()) {
                int build = last.build() + 1;
                String version = run + "." + build;
                SiteFiles site = new SiteFiles(files.get(), SourceWatcher.layers(source));
                next = new BuildState(build, version, site, true, outcome.problems(), null,
                        outcome.language(), outcome.pages(), millis);
                complete(site);
            } else {
                next = new BuildState(last.build(), last.version(), last.site(), false, outcome.problems(), null,
                        outcome.language(), last.pages(), millis);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a broken template of the handbook's own, or a bug: keep serving the last good site
            long millis = (System.nanoTime() - start) / 1_000_000;
            String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            next = new BuildState(last.build(), last.version(), last.site(), false, List.of(), what,
                    last.language(), last.pages(), millis);
        }
        state = next;
        return next;
    }

    /**
     * Makes every file of {@code site} that no request asked for yet, unless a change or a newer build
     * comes first; then lets the cache drop what this site did not use, so that it holds about one
     * site's worth. After the first build, also {@link #warmUp warms up} the path a save takes.
     */
    private void complete(SiteFiles site) {
        int mine = generation.incrementAndGet();
        boolean first = !warmedUp;
        warmedUp = true;
        completer.execute(() -> {
            try {
                site.makeAll(() -> generation.get() == mine);
            } catch (RuntimeException e) {
                return; // a request for the file that failed shows the error; the cache is left as it is
            }
            synchronized (this) {
                if (generation.get() == mine) memory.finish();
            }
            if (first) warmUp(mine);
        });
    }

    /**
     * Checks the unchanged handbook again a few dozen times, as a save would, so that the JVM has
     * compiled that path before the editor's first saves: without it the first twenty saves of a
     * 1,000-page handbook took twice as long as later ones. Stops at the first change the watcher
     * reports; holds the build lock for one check at a time, so a save waits for one check at most.
     */
    private void warmUp(int mine) {
        for (int i = 0; i < WARM_UP_CHECKS && generation.get() == mine; i++) {
            synchronized (this) {
                if (generation.get() != mine) return;
                try {
                    Handbooks.preview(source, options, memory, site -> {});
                } catch (RuntimeException | StackOverflowError e) {
                    return; // the next save reports it
                }
            }
        }
    }
}
