package dev.handbook.render.view;

import java.util.List;

/**
 * An entry of the sidebar. Only the branch of the current page carries its {@code children};
 * other branches are {@code expandable} and open on demand from the shared {@code toc.js}, found
 * there under {@code key} (the node's path from the site root).
 */
public record NavItem(
        String title,
        String href,
        String number,
        String key,
        boolean current,
        boolean onPath,
        boolean expandable,
        List<NavItem> children) {

    public NavItem {
        children = List.copyOf(children);
    }
}
