package dev.handbook.markdown;

import dev.handbook.check.Problem;
import dev.handbook.markdown.fence.FenceAttributes;
import dev.handbook.markdown.fence.FencedBlock;
import dev.handbook.yaml.Pos;
import java.util.List;
import java.util.Set;

/**
 * What the rest of the build needs to know of a parsed page body, without its syntax tree: its
 * headings and ids (link targets, the on-page contents), its colon fences (entries), its links (checked
 * once every page's targets are known), the first lines of its text (a summary) and the problems the
 * body has on its own. Depends on the page's text only, so that a build can keep it between runs and
 * parse only the pages that changed.
 *
 * @param citations the keys the body cites, each where it stands (none in a handbook without a bibliography)
 * @param problems problems of the body alone, with an empty file name (see {@link #problems(String)})
 */
public record PageFacts(List<HeadingRef> headings, Set<String> ids, String firstLines, List<Fence> fences,
        List<LinkUse> links, List<Problem> problems, List<CitationUse> citations) {

    public PageFacts {
        headings = List.copyOf(headings);
        ids = Set.copyOf(ids);
        fences = List.copyOf(fences);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
        citations = List.copyOf(citations);
    }

    /** Facts of a page that cites nothing. */
    public PageFacts(List<HeadingRef> headings, Set<String> ids, String firstLines, List<Fence> fences,
            List<LinkUse> links, List<Problem> problems) {
        this(headings, ids, firstLines, fences, links, problems, List.of());
    }

    /** A citation key as written, where it stands in the Markdown file; checked against the bibliography. */
    public record CitationUse(String key, Pos pos) {}

    /** A colon fence as written; whether it is an entry is decided once the handbook's types are known. */
    public record Fence(String name, String title, int lineIndex, FencedBlock.Form form, FenceAttributes attributes,
            String entryId, String firstLines) {
        /** Whether it is a GitHub alert, which is always a callout. */
        public boolean alert() {
            return form == FencedBlock.Form.ALERT;
        }
    }

    /** A link or image destination as written, where it stands in the Markdown file. */
    public record LinkUse(String url, boolean image, Pos pos) {}

    /** The body's own problems, named by {@code file}. */
    public List<Problem> problems(String file) {
        return problems.stream()
                .map(p -> new Problem(file, p.line(), p.column(), p.severity(), p.code(), p.args()))
                .toList();
    }
}
