package dev.handbook.markdown.xref;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.markdown.HeadingRef;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.model.Page;
import dev.handbook.yaml.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every figure, table and section a cross-reference may name, with its number: figures and tables are
 * counted per chapter in reading order ("2.1" is the first figure of chapter 2), as Quarto counts them.
 * A section is named by {@code sec-} and its heading's id (or a heading whose id starts with {@code sec-}).
 *
 * @param targets by id ("fig-monitor", "sec-aanpak"), in reading order; a section also by its page's output
 *     path, "#" and its id
 * @param uses the cross-references of each page by source path, for the checks
 * @param repeated labels whose id an earlier figure or table has, by source path, for the checks
 */
public record CrossReferences(Map<String, Target> targets, Map<String, List<ReferenceScan.Use>> uses,
        Map<String, List<ReferenceScan.Label>> repeated) {
    public static final CrossReferences NONE = new CrossReferences(Map.of(), Map.of(), Map.of());

    public CrossReferences {
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        uses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(uses));
        repeated = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(repeated));
    }

    /**
     * What the pages' renderings take from other pages, for the structure key: the figures and tables
     * with their numbers and captions, in reading order. Sections are left out (every page's headings and
     * ids are in the key already), and so are the uses: where a page refers to something changes that
     * page's text alone, and an edit above a reference must not make every page render again.
     */
    public String key() {
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, Target> target : targets.entrySet()) {
            if (target.getValue().kind() != ReferenceScan.Kind.SECTION) key.append(target.getKey()).append('=').append(target.getValue()).append('\n');
        }
        return key.toString();
    }

    /**
     * What a reference leads to.
     *
     * @param number "2.1" for a figure or table; empty for a section, which is named by its title
     * @param outputPath the page it stands on
     * @param anchor the id on that page
     * @param caption a figure's or table's caption, or a section's heading
     */
    public record Target(ReferenceScan.Kind kind, String number, String outputPath, String anchor, String caption) {}

    /** Scans every page, in reading order, and numbers what it labels. */
    public static CrossReferences of(List<ScannedPage> pages) {
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<String, List<ReferenceScan.Use>> uses = new LinkedHashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, List<ReferenceScan.Label>> repeated = new LinkedHashMap<>();
        for (ScannedPage scanned : pages) {
            Page page = scanned.page();
            ReferenceScan.Found found = ReferenceScan.of(page);
            if (!found.uses().isEmpty()) uses.put(page.sourcePath(), found.uses());
            String chapter = page.number().isEmpty() ? "" : page.number().split("\\.")[0];
            int[] count = counts.computeIfAbsent(chapter, k -> new int[2]);
            for (ReferenceScan.Label label : found.labels()) {
                int n = ++count[label.kind() == ReferenceScan.Kind.FIGURE ? 0 : 1];
                String number = chapter.isEmpty() ? String.valueOf(n) : chapter + "." + n;
                Target earlier = targets.putIfAbsent(label.id(), new Target(label.kind(), number, page.outputPath(), label.id(), label.caption()));
                if (earlier != null) repeated.computeIfAbsent(page.sourcePath(), k -> new ArrayList<>()).add(label);
            }
            for (HeadingRef heading : scanned.facts().headings()) {
                String id = heading.id().startsWith("sec-") ? heading.id() : "sec-" + heading.id();
                Target section = new Target(ReferenceScan.Kind.SECTION, "", page.outputPath(), heading.id(), heading.text());
                targets.putIfAbsent(id, section);
                // many pages have a heading "Aanpak": a page's own comes first for the references on it
                targets.putIfAbsent(page.outputPath() + "#" + id, section);
            }
        }
        return new CrossReferences(targets, uses, repeated);
    }

    /**
     * Each cross-reference that names nothing is an error at its line, with the closest id that exists; so is
     * a figure or table whose id an earlier one has, as a reference could lead to one of them only.
     */
    public void check(List<ScannedPage> pages, Function<String, String> fileNames, Problems problems) {
        for (ScannedPage scanned : pages) {
            for (ReferenceScan.Label label : repeated.getOrDefault(scanned.page().sourcePath(), List.of())) {
                problems.add(Problem.error(fileNames.apply(scanned.page().sourcePath()), new Pos(label.line(), 1),
                        "xref.repeated", label.id(), targets.get(label.id()).outputPath()));
            }
            for (ReferenceScan.Use use : uses.getOrDefault(scanned.page().sourcePath(), List.of())) {
                if (targets.containsKey(use.id())) continue;
                String prefix = use.id().substring(0, 4);
                List<String> sameKind = new ArrayList<>();
                for (String id : targets.keySet()) if (id.startsWith(prefix)) sameKind.add(id);
                problems.add(Problem.error(fileNames.apply(scanned.page().sourcePath()), new Pos(use.line(), use.column()),
                        "xref.unknown", "@" + use.id(), Suggestions.closest(use.id(), sameKind).map(s -> "@" + s).orElse("")));
            }
        }
    }

    public Target find(String id) {
        return targets.get(id);
    }

    /** What {@code id} names for a reference on the page at {@code fromPage}: a section of that page before any other's. */
    public Target find(String id, String fromPage) {
        Target own = id.startsWith("sec-") ? targets.get(fromPage + "#" + id) : null;
        return own != null ? own : targets.get(id);
    }
}
