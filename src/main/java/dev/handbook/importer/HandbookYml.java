package dev.handbook.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code handbook.yml} of an imported site: its name, tagline and description, language, the way
 * MkDocs read HTML blocks, the file of abbreviations every page knows, and a field for every facet the pages carry. The repository and edit URL
 * have no key in handbook.yml yet; they are kept as comments so that they are not lost.
 */
final class HandbookYml {
    private HandbookYml() {}

    /** The settings; {@code abbreviations} is the path of the handbook's file of abbreviations, or null. */
    static String text(OldSite site, Fields fields, String language, String abbreviations) {
        SiteSettings settings = site.settings();
        Map<String, Object> yml = new LinkedHashMap<>();
        yml.put("title", settings.title() != null ? settings.title() : "Handbook");
        if (settings.tagline() != null) yml.put("subtitle", settings.tagline());
        if (settings.description() != null) yml.put("description", settings.description());
        if (language != null) yml.put("language", language);
        if (site.pythonHtml()) yml.put("html-blocks", "python");
        if (abbreviations != null) yml.put("abbreviations", abbreviations);
        Map<String, Object> declared = new LinkedHashMap<>();
        for (Fields.Field field : fields.all()) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("label", field.label());
            if (field.multiple()) spec.put("multiple", true);
            if (field.type().equals("choice")) spec.put("values", new LinkedHashMap<>(field.values()));
            else if (!field.type().equals("text")) spec.put("type", field.type());
            declared.put(field.name(), spec);
        }
        if (!declared.isEmpty()) yml.put("fields", declared);
        StringBuilder text = new StringBuilder(YamlText.of(yml));
        if (settings.repository() != null) text.append("# repository: ").append(settings.repository()).append('\n');
        if (settings.editUrl() != null) text.append("# edit-url: ").append(settings.editUrl()).append('\n');
        if (settings.siteUrl() != null) text.append("# old site: ").append(settings.siteUrl()).append('\n');
        if (settings.language() != null && language == null) {
            text.append("# language ").append(settings.language()).append(" is neither nl nor en\n");
        }
        return text.toString();
    }
}
