package dev.handbook.render.view;

import java.util.List;

/**
 * What every page shows of the handbook itself. {@code date} is formatted in the handbook's language.
 *
 * @param look the handbook's logo, favicon and design tokens, paths from the site root (a page prefixes its root)
 * @param footer the pages the footer links to, their {@code href} from the site root (a page prefixes its root)
 */
public record SiteView(String title, String subtitle, String edition, String publisher, String date, String language,
        List<LinkView> footer, dev.handbook.config.SiteLook look) {
    public SiteView {
        footer = List.copyOf(footer);
    }
}
