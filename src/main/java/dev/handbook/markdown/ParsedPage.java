package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dev.handbook.check.Problem;
import dev.handbook.model.Page;
import java.util.List;
import java.util.Set;

/**
 * A page whose Markdown is parsed and whose headings have ids, ready for links to be resolved.
 * The document is mutable (flexmark's), so a parsed page belongs to one render at a time.
 *
 * @param problems what parsing found, with an empty file name as in {@link PageFacts}: that the body
 *     nests too deep (the document is then empty), or what of it was left out (attributes, MDX statements)
 */
public record ParsedPage(Page page, Document document, List<HeadingRef> headings, Set<String> ids,
        List<Problem> problems) {
    public ParsedPage {
        problems = List.copyOf(problems);
    }
}
