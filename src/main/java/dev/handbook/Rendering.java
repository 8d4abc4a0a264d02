package dev.handbook;

import dev.handbook.entry.Entries;
import dev.handbook.markdown.RenderedPage;
import dev.handbook.model.Handbook;
import dev.handbook.output.OutputFile;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.Theme;
import java.util.List;

/**
 * A handbook rendered in memory but not written: what a release needs to add its own pages, check
 * its links against the previous edition and make its PDF before anything touches the disk.
 * When {@code outcome} has errors (or warnings, when strict), {@code files} is empty.
 *
 * @param bodies every page's body in reading order
 * @param renderer the renderer that made {@code files}, for pages in the same frame
 */
public record Rendering(Outcome outcome, Handbook handbook, Entries entries, List<RenderedPage> bodies,
        List<OutputFile> files, SiteRenderer renderer, Theme theme) {
    public Rendering {
        bodies = List.copyOf(bodies);
        files = List.copyOf(files);
    }

    public boolean usable() {
        return !files.isEmpty();
    }
}
