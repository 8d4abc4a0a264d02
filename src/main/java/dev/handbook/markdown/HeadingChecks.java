package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import java.util.List;

/**
 * Heading order as WCAG asks: the page title is the only h1, and no level is skipped (an h4
 * straight after an h2 breaks the outline that screen readers show).
 */
final class HeadingChecks {
    private HeadingChecks() {}

    static void check(ParsedPage parsed, String file, Problems problems) {
        int previous = 1;
        for (Node node : parsed.document().getDescendants()) {
            if (!(node instanceof Heading heading)) continue;
            int level = heading.getLevel();
            if (level == 1) {
                problems.add(Problem.warning(file, SourcePositions.of(parsed.page(), node), "heading.h1-in-body"));
            } else if (level > previous + 1) {
                problems.add(Problem.warning(file, SourcePositions.of(parsed.page(), node), "heading.skipped",
                        level, previous));
            }
            previous = level;
        }
    }
}
