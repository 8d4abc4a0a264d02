package dev.handbook.pipeline;

import dev.handbook.check.Problem;
import java.util.List;

/**
 * What a check or build found and did.
 *
 * @param language the handbook's language, in which its problems are to be told
 * @param pages how many pages the site has (or would have)
 * @param written whether the output folder now holds the new site
 */
public record Outcome(List<Problem> problems, String language, int pages, boolean written) {
    public Outcome {
        problems = List.copyOf(problems);
    }

    public boolean failed(Options options) {
        return problems.stream().anyMatch(p -> p.refuses(options.strict()));
    }
}
