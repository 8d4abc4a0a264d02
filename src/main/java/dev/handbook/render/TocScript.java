package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.Section;
import dev.handbook.model.TocNode;
import dev.handbook.output.Json;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole table of contents as one shared script ({@code toc.js}), loaded with a script tag so that
 * it works from file://. The sidebar opens other chapters from it on demand, instead of every page
 * carrying every chapter's pages. Only branches with children are in it, keyed by their path from the
 * site root, so a key that is there is all the script needs to know that an item can open.
 */
final class TocScript {
    private TocScript() {}

    static String of(Handbook handbook) {
        Map<String, String> branches = new TreeMap<>();
        handbook.chapters().forEach(node -> collect(node, branches));
        StringBuilder js = new StringBuilder("window.handbookToc={");
        boolean first = true;
        for (Map.Entry<String, String> e : branches.entrySet()) {
            if (!first) js.append(',');
            first = false;
            js.append(Json.quote(e.getKey())).append(':').append(e.getValue());
        }
        return js.append("};\n").toString();
    }

    private static void collect(TocNode node, Map<String, String> branches) {
        if (!(node instanceof Section section) || section.children().isEmpty()) return;
        StringBuilder list = new StringBuilder("[");
        for (TocNode child : section.children()) {
            if (list.length() > 1) list.append(',');
            list.append("{\"t\":").append(Json.quote(child.title()))
                    .append(",\"u\":").append(Json.quote(child.outputPath()))
                    .append(",\"n\":").append(Json.quote(child.page().number()))
                    .append('}');
            collect(child, branches);
        }
        branches.put(section.outputPath(), list.append(']').toString());
    }
}
