package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.Section;
import dev.handbook.model.TocNode;
import dev.handbook.render.view.LinkView;
import dev.handbook.render.view.NavItem;
import dev.handbook.text.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ways between pages: sidebar, breadcrumbs, previous and next. Built once per handbook; each
 * page then costs only its own chapter's branch, so the site grows linearly with its size.
 */
final class Navigation {
    private final Handbook handbook;
    private final List<Page> order;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<Section>> ancestors = new HashMap<>();
    private final Map<String, Section> sections = new HashMap<>();
    /** Closed chapters look the same from every page of a folder; at 10,000 pages they are most of the sidebar. */
    private final Map<String, List<NavItem>> closedByFolder = new ConcurrentHashMap<>();

    Navigation(Handbook handbook) {
        this.handbook = handbook;
        this.order = handbook.readingOrder();
        for (int i = 0; i < order.size(); i++) position.put(order.get(i).outputPath(), i);
        ancestors.put(handbook.home().outputPath(), List.of());
        handbook.chapters().forEach(node -> index(node, List.of()));
    }

    private void index(TocNode node, List<Section> above) {
        ancestors.put(node.outputPath(), above);
        if (node instanceof Section section) {
            sections.put(section.outputPath(), section);
            List<Section> path = new ArrayList<>(above);
            path.add(section);
            section.children().forEach(child -> index(child, List.copyOf(path)));
        }
    }

    /** The sidebar as seen from the page at {@code current} (a path from the site root). */
    List<NavItem> sidebar(String current) {
        List<Section> path = ancestors.getOrDefault(current, List.of());
        List<NavItem> closed = closedByFolder.computeIfAbsent(folder(current), f -> closedChapters(current));
        List<NavItem> items = new ArrayList<>(closed.size());
        List<TocNode> chapters = handbook.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            TocNode chapter = chapters.get(i);
            boolean inThisChapter = chapter.outputPath().equals(current)
                    || (!path.isEmpty() && path.get(0).outputPath().equals(chapter.outputPath()));
            items.add(inThisChapter ? branch(chapter, current, path) : closed.get(i));
        }
        return items;
    }

    private List<NavItem> closedChapters(String from) {
        return handbook.chapters().stream().map(chapter -> closed(chapter, from)).toList();
    }

    /** Relative links depend only on the folder they are seen from. */
    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private NavItem branch(TocNode node, String current, List<Section> path) {
        boolean isCurrent = node.outputPath().equals(current);
        boolean onPath = path.stream().anyMatch(s -> s.outputPath().equals(node.outputPath()));
        List<NavItem> children = new ArrayList<>();
        if (node instanceof Section section) section.children().forEach(c -> children.add(branch(c, current, path)));
        return new NavItem(node.title(), href(current, node.page()), node.page().number(),
                isCurrent, onPath || isCurrent, children);
    }

    private NavItem closed(TocNode node, String current) {
        return new NavItem(node.title(), href(current, node.page()), node.page().number(), false, false, List.of());
    }

    List<LinkView> breadcrumbs(String current) {
        List<LinkView> crumbs = new ArrayList<>();
        if (current.equals(handbook.home().outputPath())) return crumbs;
        crumbs.add(link(current, handbook.home()));
        for (Section section : ancestors.getOrDefault(current, List.of())) {
            crumbs.add(link(current, section.index()));
        }
        return crumbs;
    }

    LinkView previous(Page current) {
        int i = position.get(current.outputPath());
        return i > 0 ? link(current.outputPath(), order.get(i - 1)) : null;
    }

    LinkView next(Page current) {
        int i = position.get(current.outputPath());
        return i + 1 < order.size() ? link(current.outputPath(), order.get(i + 1)) : null;
    }

    /** The pages directly under a chapter or section page (the chapters, for the home page). */
    List<LinkView> children(Page current) {
        List<TocNode> nodes;
        if (current == handbook.home()) {
            nodes = handbook.chapters();
        } else {
            Section section = sections.get(current.outputPath());
            nodes = section == null ? List.of() : section.children();
        }
        return nodes.stream().map(n -> link(current.outputPath(), n.page())).toList();
    }

    private static LinkView link(String from, Page to) {
        return new LinkView(to.title(), href(from, to), to.number(), to.summary());
    }

    private static String href(String from, Page to) {
        return Urls.relative(from, to.outputPath());
    }
}
