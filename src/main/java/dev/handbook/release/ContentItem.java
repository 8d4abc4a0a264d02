package dev.handbook.release;

import dev.handbook.model.SitePaths;
/**
 * A page or an entry of an edition as a reader sees it, for telling what changed between editions.
 *
 * @param kind {@code page} or {@code entry}
 * @param id the page's id, or the entry's stable id
 * @param path where it is in the site: the page, or the entry's page and anchor
 * @param type the entry type's key, or empty for a plain page
 * @param text its words, block by block, one block a line
 */
public record ContentItem(String kind, String id, String path, String type, String title, String text) {
    public static final String PAGE = "page";
    public static final String ENTRY = "entry";

    /**
     * What identifies it across editions: a page by its address (page ids need not be unique), an entry
     * by its id, which its permalink {@code e/<id>.html} is made from.
     */
    public String key() {
        return kind.equals(PAGE) ? path : SitePaths.permalink(id);
    }

    /** The digest of what a reader reads: title and text. */
    public String hash() {
        return Digests.sha256(title + "\n" + text);
    }

    public boolean isEntry() {
        return kind.equals(ENTRY);
    }
}
