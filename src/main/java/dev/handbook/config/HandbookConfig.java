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
 * @param imprint the licence, ISBN and logo for the printed handbook's cover and colophon
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
        Imprint imprint) {

    public HandbookConfig {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        footer = java.util.List.copyOf(footer);
    }

    public Optional<EntryType> type(String key) {
        return Optional.ofNullable(types.get(key));
    }

    public Optional<FieldSpec> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }
}
