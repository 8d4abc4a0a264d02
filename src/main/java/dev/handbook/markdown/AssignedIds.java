package dev.handbook.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** Renders the ids that {@link HeadingIds} assigned while parsing, instead of flexmark's own. */
final class AssignedIds implements HeaderIdGeneratorFactory, HtmlIdGenerator {
    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return this;
    }

    @Override
    public HtmlIdGenerator create() {
        return this;
    }

    @Override
    public void generateIds(Document document) {
        // ids are assigned at parse time, before links between pages are checked
    }

    @Override
    public String getId(Node node) {
        return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return null;
    }
}
