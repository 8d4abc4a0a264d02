package dev.handbook.pipeline;

import dev.handbook.check.Problems;
import dev.handbook.entry.Entries;
import dev.handbook.entry.GeneratedPaths;
import dev.handbook.markdown.LinkRewriter;
import dev.handbook.markdown.LinkTargets;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.model.Handbook;
import java.util.List;

/**
 * The check stage: what can be checked only once every page is scanned and every entry collected.
 * Checks of one file alone are made where it is read (the configuration, front matter, a body's own
 * facts) and kept with what was read, so a run that reuses them reports them again; here they are
 * added to the run's problems with those of the whole handbook. Every check adds to the run's
 * {@link Problems}, which collects from any thread.
 */
final class Checks {
    private Checks() {}

    static void run(Handbook handbook, List<ScannedPage> scanned, Entries entries, LinkTargets targets, SourceNames names,
            Problems problems) {
        GeneratedPaths.check(handbook, entries, names::of, problems);
        LinkRewriter links = new LinkRewriter(targets);
        scanned.parallelStream().forEach(s -> {
            String file = names.of(s.page().sourcePath());
            problems.addAll(s.facts().problems(file));
            links.check(s.page(), s.facts(), file, problems);
        });
    }
}
