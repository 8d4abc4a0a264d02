package dev.handbook.render;

import dev.handbook.render.view.NavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The closed chapters of a sidebar, rendered once per folder and range rather than once per page: they
 * link the same way from every page of a folder, and at 10,000 pages (500 chapters) walking them
 * through the template for each page was most of the time spent on pages.
 */
final class SidebarRuns {
    private final Function<List<NavItem>, String> render;
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    /** @param render the markup of a run of closed items, as the theme's {@code nav-run} template makes it */
    SidebarRuns(Function<List<NavItem>, String> render) {
        this.render = render;
    }

    /** {@code items}, the sidebar of the page at {@code path}, with each run of closed items made one item. */
    List<NavItem> of(String path, List<NavItem> items) {
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        List<NavItem> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            if (!closed(items.get(i))) {
                out.add(items.get(i++));
                continue;
            }
            int start = i;
            while (i < items.size() && closed(items.get(i))) i++;
            List<NavItem> run = items.subList(start, i);
            String html = rendered.computeIfAbsent(folder + "|" + start + "|" + i, k -> render.apply(run));
            out.add(NavItem.run(html));
        }
        return out;
    }

    private static boolean closed(NavItem item) {
        return item.html() == null && !item.onPath() && !item.current() && item.children().isEmpty();
    }
}
