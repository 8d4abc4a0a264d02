package dev.handbook.model;

import dev.handbook.config.HandbookConfig;
import java.util.ArrayList;
import java.util.List;

/** The whole handbook as loaded: settings, home page, chapters in reading order, and assets. */
public record Handbook(HandbookConfig config, Page home, List<TocNode> chapters, List<Asset> assets) {
    public Handbook {
        chapters = List.copyOf(chapters);
        assets = List.copyOf(assets);
    }

    /** Every page in reading order: the home page, then each chapter depth-first. */
    public List<Page> readingOrder() {
        List<Page> pages = new ArrayList<>();
        pages.add(home);
        chapters.forEach(node -> collect(node, pages));
        return List.copyOf(pages);
    }

    private static void collect(TocNode node, List<Page> into) {
        into.add(node.page());
        if (node instanceof Section section) section.children().forEach(child -> collect(child, into));
    }
}
