package dev.handbook.render.xref;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** The text nodes of a parsed body, collected before any is changed, and where each stands. */
public final class TextNodes {
    private TextNodes() {}

    public static List<TextNode> under(Element root) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) texts.add(t);
        }, root);
        return texts;
    }

    /** Whether the text stands inside an element with one of these tag names. */
    public static boolean inside(Node text, List<String> tags) {
        for (Element e = (Element) text.parent(); e != null; e = e.parent()) {
            if (tags.contains(e.normalName())) return true;
        }
        return false;
    }
}
