package dev.handbook.render.view;

import java.util.List;

/**
 * An entry of the sidebar. Only the branch of the current page carries its {@code children}; the
 * other chapters are plain links, and the theme's script opens them on demand from the shared
 * {@code toc.js}, where a branch is found under the path of its link from the site root.
 */
public record NavItem(
        String title,
        String href,
        String number,
        boolean current,
        boolean onPath,
        List<NavItem> children) {

    public NavItem {
        children = List.copyOf(children);
    }
}
