package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.handbook.text.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every heading an ASCII id that is unique within its page ("Één regio" becomes
 * "een-regio", a second one "een-regio-1"). Ids already taken on the page (such as entry anchors)
 * are passed in so that headings avoid them. A heading whose attribute list gives it an id ({@code
 * {#eigen-id}}) gets that one, and made ids avoid it; one that is taken already is a warning, and the
 * heading gets a made one.
 */
final class HeadingIds {
    private HeadingIds() {}

    /** @param explicit the ids headings ask for; @param problems where a taken one is reported */
    static List<HeadingRef> assign(dev.handbook.model.Page page, Document document, Set<String> taken,
            java.util.Map<Heading, String> explicit, List<dev.handbook.check.Problem> problems) {
        Set<String> used = new HashSet<>(taken);
        java.util.Map<Heading, String> granted = new java.util.HashMap<>();
        for (var wanted : explicit.entrySet()) {
            if (used.add(wanted.getValue())) {
                granted.put(wanted.getKey(), wanted.getValue());
            } else {
                problems.add(dev.handbook.check.Problem.warning("", SourcePositions.of(page, wanted.getKey()),
                        "attributes.duplicate-id", wanted.getValue()));
            }
        }
        List<HeadingRef> headings = new ArrayList<>();
        TextCollectingVisitor text = new TextCollectingVisitor();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Heading heading)) continue;
            String title = text.collectAndGetText(heading).strip();
            if (granted.containsKey(heading)) {
                heading.setAnchorRefId(granted.get(heading));
                headings.add(new HeadingRef(heading.getLevel(), granted.get(heading), title));
                continue;
            }
            String base = Slugs.slug(title);
            if (base.isEmpty()) base = "kop";
            String id = base;
            for (int n = 1; !used.add(id); n++) id = base + "-" + n;
            heading.setAnchorRefId(id);
            headings.add(new HeadingRef(heading.getLevel(), id, title));
        }
        return headings;
    }
}
