package dev.handbook.serve;

import dev.handbook.check.Problem;
import java.util.List;

/**
 * What the preview serves and what its last rebuild found.
 *
 * @param build number of the site being served: it goes up with every site written, and stays when
 *     a rebuild fails (0: no site yet)
 * @param version {@code build} with a token of this server run, so that a page left open from an
 *     earlier run sees that it is out of date
 * @param site the site being served (the last good one), or null before the first
 * @param written whether the last rebuild wrote a new site
 * @param problems what the last rebuild found
 * @param crash what went wrong when the last rebuild failed by an exception, or null
 * @param millis how long the last rebuild took
 */
public record BuildState(int build, String version, SiteFiles site, boolean written, List<Problem> problems,
        String crash, String language, int pages, long millis) {
    public BuildState {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.stream().filter(Problem::isWarning).count();
    }
}
