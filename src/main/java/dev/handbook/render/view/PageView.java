package dev.handbook.render.view;

import java.util.List;

/**
 * Everything a page template gets.
 *
 * @param root the way from this page to the site root ("../../" or ""), for assets and shared files
 * @param path the page's own path from the site root
 * @param content the rendered body, already safe HTML
 * @param children the pages directly under a chapter or section page, so that it lists its
 *     contents without JavaScript
 * @param entry the entry header when the page is an entry itself, or null
 * @param listing the entries a generated overview page lists, or null
 * @param redirect where a permalink page leads, or null
 * @param overviews links to the overview of every entry type, for the navigation
 * @param editUrl where an editor edits this page's source ({@code edit-url}), or null
 */
public record PageView(
        SiteView site,
        String root,
        String path,
        String title,
        String summary,
        String number,
        String updated,
        boolean home,
        String content,
        List<NavItem> nav,
        List<LinkView> breadcrumbs,
        List<TocItem> toc,
        LinkView previous,
        LinkView next,
        List<LinkView> children,
        EntryView entry,
        ListingView listing,
        String redirect,
        List<LinkView> overviews,
        String editUrl) {
    /** Whether the body holds a mermaid diagram: only then does the page load mermaid (3.5 MB). */
    public boolean hasDiagram() {
        return dev.handbook.markdown.diagram.Diagrams.isIn(content);
    }
}
