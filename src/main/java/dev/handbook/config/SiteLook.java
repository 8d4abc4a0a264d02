package dev.handbook.config;

/**
 * Files of the handbook's own {@code assets/} that change its look, each a path from the site root or null.
 *
 * @param logo an image shown before the title in the header
 * @param favicon the icon browsers show in tabs and bookmarks
 * @param tokens a style sheet of design tokens (for example an NL Design System theme), loaded after the theme's
 */
public record SiteLook(String logo, String favicon, String tokens) {
    public static final SiteLook NONE = new SiteLook(null, null, null);
}
