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
 * are passed in so that headings avoid them.
 */
final class HeadingIds {
    private HeadingIds() {}

    static List<HeadingRef> assign(Document document, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        List<HeadingRef> headings = new ArrayList<>();
        TextCollectingVisitor text = new TextCollectingVisitor();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Heading heading)) continue;
            String title = text.collectAndGetText(heading).strip();
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
