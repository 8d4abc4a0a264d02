package dev.handbook.render.pdf;

import dev.handbook.render.pdf.MarkedRuns.Run;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The order in which the structure tree reads a page's marked content, which is not always the
 * order the page draws it: a link broken over two lines draws its second half after the full stop
 * that follows it ("kapita-", ".", "len"), while the tree reads "kapita-", "len", ".".
 */
final class ReadingOrder {
    /** By page dictionary: each MCID's place in the tree's reading of that page. */
    private final Map<COSDictionary, Map<Integer, Integer>> places;

    private ReadingOrder(Map<COSDictionary, Map<Integer, Integer>> places) {
        this.places = places;
    }

    static ReadingOrder of(PDDocument document) {
        Map<COSDictionary, Map<Integer, Integer>> places = new IdentityHashMap<>();
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) walk(root, null, places);
        return new ReadingOrder(places);
    }

    /** {@code page} is the page the node's ancestors name (/Pg is inherited); an explicit reference names its own. */
    private static void walk(PDStructureNode node, COSDictionary page, Map<COSDictionary, Map<Integer, Integer>> places) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                COSDictionary own = element.getCOSObject().getCOSDictionary(COSName.PG);
                walk(element, own != null ? own : page, places);
            } else if (kid instanceof Integer mcid && page != null) {
                place(places, page, mcid);
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage();
                COSDictionary pageOf = on != null ? on.getCOSObject() : page;
                if (pageOf != null) place(places, pageOf, reference.getMCID());
            }
        }
    }

    private static void place(Map<COSDictionary, Map<Integer, Integer>> places, COSDictionary page, int mcid) {
        Map<Integer, Integer> order = places.computeIfAbsent(page, p -> new HashMap<>());
        order.putIfAbsent(mcid, order.size());
    }

    /** {@code runs} in reading order; in drawing order where the tree does not name every one of them. */
    List<Run> sort(PDPage page, List<Run> runs) {
        Map<Integer, Integer> order = places.get(page.getCOSObject());
        if (order == null) return runs;
        for (Run run : runs) {
            if (!order.containsKey(run.marks().getInt(COSName.MCID))) return runs;
        }
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(run -> order.get(run.marks().getInt(COSName.MCID))));
        return sorted;
    }
}
