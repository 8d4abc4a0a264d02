package dev.handbook.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings and content schema of one handbook, from its {@code handbook.yml}.
 *
 * @param theme folder of a theme on disk that overrides the built-in one, or null
 * @param caseIndex the entry type whose overview is filterable, or null to pick the one with most fields
 * @param baseUrl where the current edition is published, ending in "/", or null
 * @param footer the pages every page's footer links to, in the order given
 * @param htmlBlocks how blocks of raw HTML in Markdown are read
 * @param valuePages the folder the pages of field values go in ("waarden/"), ending in "/", or "" for the root
 * @param admonitions admonition kinds that make entries, to their entry type ({@code example} to {@code casus})
 * @param abbreviations the abbreviations every page knows, from the file {@code abbreviations:} names
 * @param editUrl where an editor edits the content folder's files ({@code edit-url}), or null
 * @param look the logo, favicon and design tokens the handbook brings
 * @param imprint the licence, ISBN and logo for the printed handbook's cover and colophon
 * @param references the glossary page, how terms link to it, and the print version's lists of figures and tables
 * @param citations the bibliography, citation style and bibliography page, or {@link CitationSettings#NONE}
 */
public record HandbookConfig(
        String title,
        String subtitle,
        String language,
        String edition,
        LocalDate date,
        String publisher,
        String description,
        Path theme,
        String caseIndex,
        Map<String, EntryType> types,
        Map<String, FieldSpec> fields,
        String baseUrl,
        java.util.List<FooterLink> footer,
        HtmlBlocks htmlBlocks,
        String valuePages,
        Map<String, String> admonitions, Abbreviations abbreviations, String editUrl, SiteLook look, Imprint imprint,
        ReferenceSettings references, CitationSettings citations, SearchSettings search) {

    public HandbookConfig {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        footer = java.util.List.copyOf(footer);
        admonitions = Map.copyOf(admonitions);
        citations = citations == null ? CitationSettings.NONE : citations;
    }

    /**
     * The entry type of a block written as {@code name}: the type the {@code admonitions} setting maps it
     * to, else the type of that name, else null.
     */
    public EntryType typeOfBlock(String name) {
        String mapped = admonitions.get(name.toLowerCase(java.util.Locale.ROOT));
        return types.get(mapped != null ? mapped : name);
    }

    public Optional<EntryType> type(String key) {
        return Optional.ofNullable(types.get(key));
    }

    public Optional<FieldSpec> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /**
     * The address where an editor edits the page {@code sourcePath} (relative to the content folder):
     * {@code edit-url} with the path in place of {@code {path}}, or after it; empty without {@code edit-url}.
     */
    public Optional<String> editUrl(String sourcePath) {
        if (editUrl == null || sourcePath.isEmpty() || sourcePath.endsWith("/")) return Optional.empty();
        String path = java.util.Arrays.stream(sourcePath.split("/"))
                .map(part -> java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(java.util.stream.Collectors.joining("/"));
        return Optional.of(editUrl.contains("{path}") ? editUrl.replace("{path}", path) : editUrl + path);
    }
}
