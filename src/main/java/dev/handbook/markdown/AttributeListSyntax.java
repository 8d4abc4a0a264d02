package dev.handbook.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.ext.attributes.internal.AttributesNodePostProcessor;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.DelimitedNode;
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

    /**
     * Ties each attribute list of a parsed document to its element, as flexmark's post-processor would have.
     * Only where Python-Markdown reads one: at the end of a heading or paragraph, or right after a link,
     * image, emphasis or code span. Braces anywhere else are text ("gebruik {naam}", "{{ variabele }}",
     * "$\frac{a}{b}$"), as they are in MkDocs.
     */
    static void attach(Document document) {
        List<AttributesNode> lists = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode list) lists.add(list);
        }
        for (AttributesNode list : List.copyOf(lists)) {
            if (standsWhereAListMay(list)) continue;
            list.insertBefore(new Text(list.getChars()));
            list.unlink();
            lists.remove(list);
        }
        if (lists.isEmpty()) return;
        AttributesNodePostProcessor processor = new AttributesNodePostProcessor(document);
        for (AttributesNode list : lists) processor.process(UNTRACKED, list);
    }

    private static boolean standsWhereAListMay(AttributesNode list) {
        Node previous = list.getPrevious();
        if (previous != null && previous.getEndOffset() == list.getStartOffset()
                && (previous instanceof LinkNode || previous instanceof RefNode || previous instanceof DelimitedNode
                        || previous instanceof Code)) {
            return true;
        }
        if (!(list.getParent() instanceof Paragraph || list.getParent() instanceof Heading)) return false;
        for (Node next = list.getNext(); next != null; next = next.getNext()) {
            boolean blank = next instanceof SoftLineBreak || next instanceof HardLineBreak || next instanceof AttributesNode
                    || next instanceof Text && next.getChars().isBlank();
            if (!blank) return false;
        }
        return true;
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
