package dev.handbook.pipeline;

import dev.handbook.check.Problem;
import dev.handbook.entry.Entries;
import dev.handbook.markdown.PageBody;
import dev.handbook.model.Handbook;
import dev.handbook.render.RenderCache;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * A handbook taken through the pipeline up to rendering: loaded, scanned, its entries collected and
 * numbered, every problem found. Its site is made on demand, each body when first asked for, from
 * what earlier runs left where the run was given them to reuse.
 *
 * @param bodies every page in reading order, rendered when asked for
 * @param problems every problem, sorted by file, line and column
 * @param renders what earlier builds rendered, for the site
 */
public record Built(Options options, Handbook handbook, Entries entries, List<PageBody> bodies, Theme theme,
        List<Problem> problems, RenderCache renders) {
    public Built {
        bodies = List.copyOf(bodies);
        problems = List.copyOf(problems);
    }

    /** Whether the site may be made: no errors, and no warnings when strict. */
    public boolean usable() {
        return problems.stream().noneMatch(p -> p.refuses(options.strict()));
    }

    /** The handbook's language, in which its problems are told. */
    public String language() {
        return handbook.config().language();
    }

    /** What the run found and whether {@code written}. */
    public Outcome outcome(boolean written) {
        return new Outcome(problems, language(), bodies.size(), written);
    }

    /** As {@link #outcome}, with {@code more} problems found on the way out. */
    public Outcome outcome(boolean written, List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new Outcome(all.stream().distinct().sorted(Problem.ORDER).toList(), language(), bodies.size(), written);
    }

    /** The site, made as its files are asked for. */
    public SiteRenderer site() {
        return new SiteRenderer(handbook, entries, theme, bodies, renders);
    }

    /** The same handbook with every body rendered now and kept, for a caller that reads each more than once. */
    public Built withBodiesKept() {
        List<PageBody> kept = bodies.parallelStream().map(b -> PageBody.of(b.page(), b.html(), b.headings())).toList();
        return new Built(options, handbook, entries, kept, theme, problems, renders);
    }
}
