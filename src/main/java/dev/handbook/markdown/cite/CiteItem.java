package dev.handbook.markdown.cite;

/**
 * One source in a citation as Pandoc writes it: {@code [see @cbs2024, p. 12]} has the prefix "see", the
 * key {@code cbs2024}, the label "page" and the locator "12"; {@code [-@cbs2024]} leaves out the author.
 *
 * @param label a CSL locator term ({@code page}, {@code chapter}, {@code section}, {@code paragraph}), or null
 * @param locator where in the source, or null
 * @param prefix text before the key, or ""
 * @param suffix text after the key and locator with its separator as written (", en elders", " en verder"), or ""
 */
public record CiteItem(String key, String label, String locator, String prefix, String suffix, boolean suppressAuthor) {
    public CiteItem {
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    public static CiteItem of(String key) {
        return new CiteItem(key, null, null, "", "", false);
    }
}
