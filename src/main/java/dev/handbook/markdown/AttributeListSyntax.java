package dev.handbook.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.ext.attributes.internal.AttributesNodePostProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's attributes extension, with its post-processing (which ties each attribute list to its element)
 * left to {@link #attach}: flexmark runs post-processors over the whole tree by recursion while parsing, and a
 * page that nests thousands deep would overflow the stack before {@link Nesting} could report it.
 */
final class AttributeListSyntax implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {}

        @Override
        public void nodeAddedWithChildren(Node node) {}

        @Override
        public void nodeAddedWithDescendants(Node node) {}

        @Override
        public void nodeRemoved(Node node) {}

        @Override
        public void nodeRemovedWithChildren(Node node) {}

        @Override
        public void nodeRemovedWithDescendants(Node node) {}
    };

    private final AttributesExtension extension = AttributesExtension.create();

    private AttributeListSyntax() {}

    static AttributeListSyntax create() {
        return new AttributeListSyntax();
    }

    /** Ties each attribute list of a parsed document to its element, as flexmark's post-processor would have. */
    static void attach(Document document) {
        List<AttributesNode> lists = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode list) lists.add(list);
        }
        if (lists.isEmpty()) return;
        AttributesNodePostProcessor processor = new AttributesNodePostProcessor(document);
        for (AttributesNode list : lists) processor.process(UNTRACKED, list);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        extension.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new AttributesInlineParserExtension.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        extension.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        extension.extend(builder, rendererType);
    }
}
