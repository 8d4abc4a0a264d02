package dev.handbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.markdown.cite.CitationNode;
import dev.handbook.markdown.fence.FencedBlock;
import dev.handbook.text.UrlPolicy;
import dev.handbook.yaml.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@link PageFacts} off a parsed page, in one walk over its tree besides the checks. */
final class FactFinder {
    private FactFinder() {}

    static PageFacts of(ParsedPage parsed) {
        List<PageFacts.Fence> fences = new ArrayList<>();
        List<PageFacts.LinkUse> links = new ArrayList<>();
        List<PageFacts.CitationUse> citations = new ArrayList<>();
        Set<String> droppedReferences = new HashSet<>();
        Problems problems = new Problems();
        parsed.problems().forEach(problems::add);
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof FencedBlock block) {
                fences.add(new PageFacts.Fence(block.name(), block.title(), block.lineIndex(), block.form(),
                        block.attributes(), block.isAlert() ? null : block.entryId(), FirstLines.of(block)));
                if (!block.isClosed()) {
                    problems.add(Problem.error("", new Pos(parsed.page().bodyLine() + block.lineIndex(), 1), "fence.unclosed",
                            block.name(), ":".repeat(block.fenceLength())));
                }
                continue;
            }
            if (node instanceof CitationNode citation) {
                Pos pos = SourcePositions.of(parsed.page(), citation);
                citation.items().forEach(item -> citations.add(new PageFacts.CitationUse(item.key(), pos)));
                continue;
            }
            if (node instanceof Image || node instanceof ImageRef) checkAlt(parsed, node, problems);
            if (node instanceof Link || node instanceof Image || node instanceof AutoLink) {
                String url = SafeLinks.urlOf(node);
                if (SafeLinks.isDropped(node)) {
                    problems.add(DroppedUrls.problem("", SourcePositions.of(parsed.page(), node), url, SafeLinks.useOf(node)));
                } else if (!(node instanceof AutoLink)) {
                    links.add(new PageFacts.LinkUse(url, node instanceof Image, SourcePositions.of(parsed.page(), node)));
                }
            } else if (node instanceof Reference reference) {
                // Checked as a link when a page could use it so; a URL no use may keep is reported at its uses.
                String url = reference.getUrl().unescape();
                if (UrlPolicy.allows(url, UrlPolicy.Use.IMAGE)) {
                    links.add(new PageFacts.LinkUse(url, false, SourcePositions.of(parsed.page(), node)));
                }
            } else if (node instanceof RefNode ref && SafeLinks.isDropped(node)) {
                // Reported once for each way the definition is used, at the definition, where the URL is written.
                Reference reference = ref.getReferenceNode(parsed.document());
                UrlPolicy.Use use = SafeLinks.useOf(node);
                if (droppedReferences.add(reference.getStartOffset() + ":" + use)) {
                    problems.add(DroppedUrls.problem("", SourcePositions.of(parsed.page(), reference),
                            reference.getUrl().unescape(), use));
                }
            }
        }
        HeadingChecks.check(parsed, "", problems);
        // Ids of raw HTML elements are link targets too; headings were given theirs before, and keep them.
        Set<String> ids = new HashSet<>(parsed.ids());
        RawHtml.report(parsed, "", problems, links, ids);
        return new PageFacts(parsed.headings(), ids, FirstLines.of(parsed.document()), fences, links, problems.all(), citations);
    }

    private static void checkAlt(ParsedPage parsed, Node node, Problems problems) {
        String alt = node instanceof Image image ? image.getText().toString() : ((ImageRef) node).getText().toString();
        if (alt.isBlank()) problems.add(Problem.warning("", SourcePositions.of(parsed.page(), node), "image.no-alt"));
    }
}
