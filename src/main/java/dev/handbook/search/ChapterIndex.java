package dev.handbook.search;

import dev.handbook.model.Handbook;
import dev.handbook.model.Section;
import dev.handbook.model.TocNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which top-level chapter each page belongs to, and how a result names it ("3 Samenwerken in de regio"). */
final class ChapterIndex {
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> chapterOfPage = new HashMap<>();

    ChapterIndex(Handbook handbook) {
        for (TocNode chapter : handbook.chapters()) {
            String number = chapter.page().number();
            labels.add(number == null || number.isEmpty() ? chapter.title() : number + " " + chapter.title());
            collect(chapter, labels.size() - 1);
        }
    }

    private void collect(TocNode node, int chapter) {
        chapterOfPage.put(node.outputPath(), chapter);
        if (node instanceof Section section) section.children().forEach(child -> collect(child, chapter));
    }

    /** The chapter of a page, by its output path; -1 for the home page and anything outside a chapter. */
    int of(String pagePath) {
        return chapterOfPage.getOrDefault(pagePath, -1);
    }

    List<String> labels() {
        return List.copyOf(labels);
    }
}
