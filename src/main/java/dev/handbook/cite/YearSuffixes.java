package dev.handbook.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * "2023a", "2023b": what tells apart two works of one author in one year, as APA asks. citeproc-java
 * prints a year suffix an entry carries but gives none itself, so the entries get theirs here, in the order
 * the style lists them, and the processor is made again with them.
 */
final class YearSuffixes {
    private YearSuffixes() {}

    /** Whether some entries share author and year, so that they need a suffix. */
    static boolean needed(List<CSLItemData> items) {
        return items.stream().map(item -> authors(item) + "|" + year(item)).distinct().count() < items.size();
    }

    /**
     * The entries in their order, those that share author and year with another given a suffix in the order
     * of the style's list of entries.
     *
     * @param order the keys as the style lists the entries
     */
    static List<CSLItemData> of(List<CSLItemData> items, List<String> order) {
        Map<String, List<CSLItemData>> byAuthorAndYear = new LinkedHashMap<>();
        for (CSLItemData item : items) byAuthorAndYear.computeIfAbsent(authors(item) + "|" + year(item), k -> new ArrayList<>()).add(item);
        Map<String, String> suffixes = new LinkedHashMap<>();
        for (List<CSLItemData> group : byAuthorAndYear.values()) {
            if (group.size() < 2 || group.size() > 26) continue;
            List<CSLItemData> byTitle = group.stream().sorted(Comparator.comparingInt(item -> order.indexOf(item.getId()))).toList();
            for (int i = 0; i < byTitle.size(); i++) suffixes.put(byTitle.get(i).getId(), String.valueOf((char) ('a' + i)));
        }
        if (suffixes.isEmpty()) return items;
        return items.stream()
                .map(item -> suffixes.containsKey(item.getId()) ? new CSLItemDataBuilder(item).yearSuffix(suffixes.get(item.getId())).build() : item)
                .toList();
    }

    private static String authors(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null ? item.getAuthor() : item.getEditor();
        if (names == null) return "title:" + item.getTitle();
        return Arrays.stream(names)
                .map(n -> n.getLiteral() != null ? n.getLiteral() : n.getFamily() + "," + n.getGiven())
                .collect(Collectors.joining(";"));
    }

    private static String year(CSLItemData item) {
        CSLDate issued = item.getIssued();
        if (issued == null) return "";
        if (issued.getDateParts() != null && issued.getDateParts().length > 0 && issued.getDateParts()[0].length > 0) {
            return String.valueOf(issued.getDateParts()[0][0]);
        }
        return Objects.requireNonNullElse(issued.getRaw(), Objects.requireNonNullElse(issued.getLiteral(), ""));
    }
}
