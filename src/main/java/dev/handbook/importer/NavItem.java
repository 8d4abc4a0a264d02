package dev.handbook.importer;

import java.util.List;

/** One item of the old site's navigation, in its order: a page, a section of items, or a link elsewhere. */
sealed interface NavItem {
    /** A page by its path in the docs folder ("a/b.md"), with the title the navigation gives it, or null. */
    record Page(String path, String title) implements NavItem {}

    /** A section: its title, the page that introduces it (or null) and its items. */
    record Section(String title, String indexPath, List<NavItem> items) implements NavItem {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** A link to another site, which a handbook's navigation cannot hold. */
    record Link(String title, String url) implements NavItem {}
}
