package dev.handbook.render.view;

import java.util.List;

/**
 * An entry of the sidebar. Only the branch of the current page carries its {@code children}; the
 * other chapters are plain links, and the theme's script opens them on demand from the shared
 * {@code toc.js}, where a branch is found under the path of its link from the site root. An item with
 * {@code html} stands for a run of closed chapters rendered once for many pages.
 */
public record NavItem(
        String title,
        String href,
        String number,
        boolean current,
        boolean onPath,
        List<NavItem> children,
        String html) {

    public NavItem {
        children = List.copyOf(children);
    }

    public NavItem(String title, String href, String number, boolean current, boolean onPath, List<NavItem> children) {
        this(title, href, number, current, onPath, children, null);
    }

    /** Items already rendered ({@code html}, safe markup), for a run of closed chapters that many pages share. */
    public static NavItem run(String html) {
        return new NavItem("", "", "", false, false, List.of(), html);
    }
}
