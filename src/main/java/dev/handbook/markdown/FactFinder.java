package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.markdown.fence.FencedBlock;
import dev.handbook.yaml.Pos;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@link PageFacts} off a parsed page, in one walk over its tree besides the checks. */
final class FactFinder {
    private FactFinder() {}

    static PageFacts of(ParsedPage parsed) {
        List<PageFacts.Fence> fences = new ArrayList<>();
        List<PageFacts.LinkUse> links = new ArrayList<>();
        Problems problems = new Problems();
        parsed.problems().forEach(problems::add);
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof FencedBlock block) {
                fences.add(new PageFacts.Fence(block.name(), block.title(), block.lineIndex(), block.isAlert(),
                        block.attributes(), block.isAlert() ? null : block.entryId(), FirstLines.of(block)));
                if (!block.isClosed()) {
                    problems.add(Problem.error("", new Pos(parsed.page().bodyLine() + block.lineIndex(), 1), "fence.unclosed",
                            block.name(), ":".repeat(block.fenceLength())));
                }
            } else if (node instanceof Link link) {
                links.add(new PageFacts.LinkUse(link.getUrl().unescape(), false, SourcePositions.of(parsed.page(), node)));
            } else if (node instanceof Reference reference) {
                links.add(new PageFacts.LinkUse(reference.getUrl().unescape(), false, SourcePositions.of(parsed.page(), node)));
            } else if (node instanceof Image image) {
                checkAlt(parsed, node, image.getText().toString(), problems);
                links.add(new PageFacts.LinkUse(image.getUrl().unescape(), true, SourcePositions.of(parsed.page(), node)));
            } else if (node instanceof ImageRef imageRef) {
                checkAlt(parsed, node, imageRef.getText().toString(), problems);
            }
        }
        HeadingChecks.check(parsed, "", problems);
        RawHtml.report(parsed, "", problems);
        return new PageFacts(parsed.headings(), parsed.ids(), FirstLines.of(parsed.document()), fences, links, problems.all());
    }

    private static void checkAlt(ParsedPage parsed, Node node, String alt, Problems problems) {
        if (alt.isBlank()) problems.add(Problem.warning("", SourcePositions.of(parsed.page(), node), "image.no-alt"));
    }
}
