package dev.handbook.config;

/**
 * Where a handbook's sources are and how its citations look, from {@code handbook.yml}: {@code
 * bibliography} (a BibTeX {@code .bib}, CSL-JSON {@code .json} or CSL YAML {@code .yaml}/{@code .yml}
 * file), {@code csl} (a CSL style; APA 7 when absent) and {@code bibliography-page} (the page that lists
 * every entry). Paths are relative to the content folder, as written.
 *
 * @param bibliography the bibliography file, or null for a handbook that cites nothing
 * @param csl the style file, or null for the built-in APA style
 * @param page the source path of the bibliography page, or null for none
 */
public record CitationSettings(String bibliography, String csl, String page) {
    public static final CitationSettings NONE = new CitationSettings(null, null, null);

    /** The file formats a bibliography may have, by the end of its name. */
    public static final java.util.List<String> FORMATS = java.util.List.of(".bib", ".json", ".yaml", ".yml");

    public boolean enabled() {
        return bibliography != null;
    }
}
