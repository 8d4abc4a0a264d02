package dev.handbook.cite;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.markdown.PageFacts;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.yaml.Pos;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What needs every page's citations and the bibliography: a key the bibliography lacks is an error where
 * it is cited, with the closest key; an entry that no page cites is said at its line, as the least of
 * problems (a source kept for later is no mistake, but may be one forgotten).
 */
public final class CitationChecks {
    private CitationChecks() {}

    public static void run(Citations citations, List<ScannedPage> scanned, UnaryOperator<String> fileName, Problems problems) {
        if (citations.formatter() == null) return;
        Bibliography bibliography = citations.bibliography();
        Set<String> cited = new HashSet<>();
        for (ScannedPage page : scanned) {
            for (PageFacts.CitationUse use : page.facts().citations()) {
                cited.add(use.key());
                if (bibliography.items().containsKey(use.key())) continue;
                problems.add(Problem.error(fileName.apply(page.page().sourcePath()), use.pos(), "cite.unknown-key", use.key(),
                        Suggestions.closest(use.key(), bibliography.items().keySet()).orElse(""),
                        bibliography.file()));
            }
        }
        for (String key : bibliography.items().keySet()) {
            if (!cited.contains(key)) {
                problems.add(Problem.info(bibliography.file(), new Pos(bibliography.line(key), 1), "cite.uncited", key));
            }
        }
    }
}
