package dev.handbook.importer;

import dev.handbook.config.ConfigLoader;
import dev.handbook.text.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front-matter keys of the old pages that name facets ({@code tags}, {@code levenscyclus: [...]}),
 * as fields of the handbook: a choice (with every value collected, its key a slug and its label the
 * text the pages gave, or the label of {@code tags.yml}), a year, a number, a date or text. A key that
 * is one of the handbook's own front-matter keys is renamed ({@code type} becomes {@code page-type}).
 */
final class Fields {
    /** Keys the old generators use for their own sake, which mean nothing in a handbook. */
    static final Set<String> IGNORED = Set.of("hide", "search", "template", "icon", "comments", "social", "title",
            "description", "draft", "summary", "slug", "sidebar_label", "sidebar_position", "sidebar_class_name",
            "sidebar_custom_props", "displayed_sidebar", "hide_title", "hide_table_of_contents", "toc_min_heading_level",
            "toc_max_heading_level", "pagination_label", "pagination_next", "pagination_prev", "parse_number_prefixes",
            "custom_edit_url", "image", "last_update", "unlisted", "updated", "date", "aliases", "order", "sidebar",
            "toc", "nav", "navigation", "tableofcontents", "layout", "subtitle", "redirect_from");

    /** One field as handbook.yml declares it; {@code values} maps key to label for a choice. */
    record Field(String name, String label, boolean multiple, String type, Map<String, String> values) {}

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    /** Collects the fields of every page; {@code tagLabels} labels the values of {@code tags}. */
    Fields(Iterable<SourcePage> pages, Map<String, String> tagLabels, boolean docusaurus) {
        Map<String, List<Object>> seen = new LinkedHashMap<>();
        Map<String, Boolean> lists = new LinkedHashMap<>();
        for (SourcePage page : pages) {
            page.frontMatter().forEach((key, value) -> {
                if (IGNORED.contains(key) || docusaurus && key.equals("id")) return;
                if (!isFacetValue(value)) return;
                List<Object> values = seen.computeIfAbsent(key, k -> new ArrayList<>());
                if (value instanceof List<?> list) {
                    lists.put(key, true);
                    values.addAll(list);
                } else {
                    values.add(value);
                }
            });
        }
        seen.forEach((key, values) -> {
            String name = name(key);
            names.put(key, name);
            boolean multiple = lists.getOrDefault(key, false);
            fields.put(name, declare(name, key, values, multiple, key.equals("tags") ? tagLabels : Map.of()));
        });
    }

    /** Whether a front-matter value can be a field's: a scalar or a list of scalars. */
    static boolean isFacetValue(Object value) {
        if (value instanceof List<?> list) return list.stream().allMatch(v -> v instanceof String || v instanceof Number || v instanceof Boolean);
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    private static String name(String key) {
        String slug = Slugs.slug(key);
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) slug = "field-" + slug;
        return ConfigLoader.CORE_KEYS.contains(slug) ? "page-" + slug : slug;
    }

    private static Field declare(String name, String key, List<Object> values, boolean multiple, Map<String, String> labels) {
        String label = Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('_', ' ').replace('-', ' ');
        if (!multiple && !values.isEmpty() && values.stream().allMatch(v -> v instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}"))) {
            return new Field(name, label, false, "date", Map.of());
        }
        if (!multiple && !values.isEmpty() && values.stream().allMatch(v -> v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()))) {
            boolean years = values.stream().allMatch(v -> ((Number) v).intValue() >= 1000 && ((Number) v).intValue() <= 2999);
            return new Field(name, label, false, years ? "year" : "number", Map.of());
        }
        Map<String, String> choices = new LinkedHashMap<>();
        for (Object value : values) {
            String text = String.valueOf(value).strip();
            String slug = valueKey(text);
            if (!slug.isEmpty()) choices.putIfAbsent(slug, labels.getOrDefault(text, text));
        }
        long distinct = values.stream().map(String::valueOf).distinct().count();
        boolean choice = !choices.isEmpty() && (multiple || distinct <= Math.max(12, values.size() / 3));
        return choice ? new Field(name, label, multiple, "choice", choices) : new Field(name, label, multiple, "text", Map.of());
    }

    static String valueKey(String text) {
        return Slugs.slug(text);
    }

    Iterable<Field> all() {
        return fields.values();
    }

    /** The page's values as the handbook's front matter writes them, by field name, in the page's order. */
    Map<String, Object> values(SourcePage page) {
        Map<String, Object> out = new LinkedHashMap<>();
        page.frontMatter().forEach((key, value) -> {
            String name = names.get(key);
            if (name == null || !isFacetValue(value)) return;
            Field field = fields.get(name);
            List<Object> items = value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
            List<Object> written = new ArrayList<>();
            for (Object item : items) {
                if (field.type().equals("choice")) {
                    String slug = valueKey(String.valueOf(item).strip());
                    if (!slug.isEmpty() && !written.contains(slug)) written.add(slug);
                } else {
                    written.add(item instanceof String s ? s : field.type().equals("text") ? String.valueOf(item) : item);
                }
            }
            if (written.isEmpty()) return;
            out.put(name, field.multiple() ? written : written.get(0));
        });
        return out;
    }

    /** The keys of the page's front matter that are neither carried over nor a field. */
    List<String> dropped(SourcePage page) {
        List<String> dropped = new ArrayList<>();
        for (Map.Entry<String, Object> e : page.frontMatter().entrySet()) {
            if (!names.containsKey(e.getKey()) && !IGNORED.contains(e.getKey()) && !e.getKey().equals("id")) dropped.add(e.getKey());
        }
        return dropped;
    }

    /** The field a front-matter key became, or null. */
    String renamed(String key) {
        String name = names.get(key);
        return name == null || name.equals(key) ? null : name;
    }
}
