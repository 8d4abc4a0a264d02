package dev.handbook.config;

import dev.handbook.check.Language;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.yaml.Pos;
import dev.handbook.yaml.StrictYaml;
import dev.handbook.yaml.YamlException;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code handbook.yml} into a {@link HandbookConfig}. Every problem is reported to
 * {@link Problems}; the result is always usable (missing values get defaults) so that the
 * remaining checks can still run and report in the same pass.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "handbook.yml";
    static final List<String> KEYS = List.of("title", "subtitle", "language", "edition", "date", "publisher",
            "description", "theme", "case-index", "types", "fields", "base-url", "footer",
            "html-blocks", "value-pages", "admonitions", "abbreviations", "edit-url", "logo", "favicon", "tokens",
            "licence", "isbn", "glossary", "glossary-links", "lists",
            "bibliography", "csl", "bibliography-page", "search");
    private static final List<String> TYPE_KEYS = List.of("label", "plural", "required", "icon", "color");
    private static final List<String> FIELD_KEYS = List.of("label", "multiple", "values", "type");
    /** Keys that front matter uses for itself, so a field may not take their name. */
    public static final Set<String> CORE_KEYS = Set.of("title", "summary", "type", "id", "order", "updated",
            "status", "related", "aliases", "value-of", "appendix");

    private final Problems problems;
    private String file;
    private boolean unreadable;

    public ConfigLoader(Problems problems) {
        this.problems = problems;
    }

    /** The language of the handbook in {@code source} ("nl" when it cannot be read), for messages. */
    public static String language(Path source) {
        return new ConfigLoader(new Problems()).load(source).language();
    }

    /**
     * Whether the last {@link #load} found no settings to read: {@code handbook.yml} is missing, cannot
     * be read or is no YAML map. Then it declares no types and no fields either, and every page that uses
     * one would be reported for it: the caller reports this problem alone.
     */
    public boolean unreadable() {
        return unreadable;
    }

    public HandbookConfig load(Path source) {
        Path path = source.resolve(FILE_NAME);
        file = path.toString().replace('\\', '/');
        unreadable = true;
        if (!Files.isRegularFile(path)) {
            problems.add(Problem.error(file, Pos.NONE, "config.missing"));
            return defaults(source);
        }
        String text;
        try {
            text = TextFiles.read(path);
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(file, Pos.NONE, "file.not-utf8"));
            return defaults(source);
        } catch (IOException e) {
            problems.add(Problem.error(file, Pos.NONE, "file.unreadable", e.getMessage()));
            return defaults(source);
        }
        try {
            YamlNode root = new StrictYaml().parse(text);
            if (root instanceof YamlMap map) {
                unreadable = false;
                return read(map, source);
            }
            problems.add(Problem.error(file, root.pos(), "config.not-a-map"));
        } catch (YamlException e) {
            problems.add(Problem.error(file, e.pos(), e.code(), e.args(0).toArray()));
        }
        return defaults(source);
    }

    /** The settings of a handbook whose {@code handbook.yml} gave none; what they lack is not reported again. */
    private HandbookConfig defaults(Path source) {
        return new ConfigLoader(new Problems()).read(YamlMap.empty(), source);
    }

    private HandbookConfig read(YamlMap root, Path source) {
        unknownKeys(root, KEYS, "config.unknown-key");
        String title = text(root, "title", null);
        if (title == null || title.isBlank()) {
            problems.add(Problem.error(file, root.entries().isEmpty() ? new Pos(1, 1) : root.pos(), "config.title-missing"));
            title = "Handbook";
        }
        String language = text(root, "language", Language.DEFAULT);
        if (!Language.SUPPORTED.contains(language)) {
            problems.add(Problem.error(file, posOf(root, "language"), "config.language",
                    language, String.join(", ", Language.SUPPORTED)));
            language = Language.supported(language);
        }
        Path theme = null;
        String themeText = text(root, "theme", null);
        if (themeText != null) {
            theme = source.resolve(themeText).normalize();
            if (!Files.isDirectory(theme)) {
                problems.add(Problem.error(file, posOf(root, "theme"), "config.theme-missing", themeText));
                theme = null;
            }
        }
        Map<String, FieldSpec> fields = fields(root);
        Map<String, EntryType> types = types(root, fields, source);
        String caseIndex = text(root, "case-index", null);
        if (caseIndex != null && !types.containsKey(caseIndex)) {
            problems.add(Problem.error(file, posOf(root, "case-index"), "config.case-index",
                    caseIndex, String.join(", ", types.keySet())));
            caseIndex = null;
        }
        return new HandbookConfig(title, text(root, "subtitle", null), language, text(root, "edition", null),
                date(root, "date"), text(root, "publisher", null), text(root, "description", null), theme,
                caseIndex, types, fields, baseUrl(root), footer(root), htmlBlocks(root), valuePages(root),
                admonitions(root, types), abbreviations(root, source), editUrl(root),
                new SiteLook(lookFile(root, source, "logo"), lookFile(root, source, "favicon"), lookFile(root, source, "tokens")),
                imprint(root, source), new ReferenceSettingsReader(problems, file).read(root, source),
                new CitationSettingsReader(problems, file).read(root, source), search(root, language));
    }

    private SearchSettings search(YamlMap root, String language) {
        YamlMap search = map(root, "search");
        unknownKeys(search, List.of("keep-words"), "config.unknown-search-key");
        return new SearchSettingsReader(problems, file).read(search, language);
    }

    /**
     * Admonition kinds that are entries ({@code example: casus}): each names a declared type. A kind
     * may be any word, so that a handbook's own {@code !!! casus} can be one too.
     */
    private Map<String, String> admonitions(YamlMap root, Map<String, EntryType> types) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (YamlMap.Entry entry : map(root, "admonitions").entries().values()) {
            String type = entry.value() instanceof YamlScalar s && s.value() != null ? s.text() : "";
            if (types.containsKey(type)) {
                kinds.put(entry.key().toLowerCase(java.util.Locale.ROOT), type);
            } else {
                problems.add(Problem.error(file, entry.value().pos(), "config.admonition-type", entry.key(), type,
                        String.join(", ", types.keySet()), Suggestions.closest(type, types.keySet()).orElse("")));
            }
        }
        return kinds;
    }

    /**
     * The handbook-wide abbreviations: a Markdown file in the content folder, its path relative to it. A
     * file that is not there is an error at the key's line, and the handbook then has none.
     */
    private Abbreviations abbreviations(YamlMap root, Path source) {
        String name = text(root, "abbreviations", null);
        if (name == null || name.isBlank()) return Abbreviations.NONE;
        Path path = source.resolve(name.strip()).normalize();
        if (!path.startsWith(source.normalize()) || !Files.isRegularFile(path)) {
            problems.add(Problem.error(file, posOf(root, "abbreviations"), "config.abbreviations-missing", name));
            return Abbreviations.NONE;
        }
        try {
            return Abbreviations.parse(name.strip(), TextFiles.read(path));
        } catch (IOException e) {
            problems.add(Problem.error(file, posOf(root, "abbreviations"), "file.unreadable", e.getMessage()));
            return Abbreviations.NONE;
        }
    }

    /** The cover's and colophon's licence, ISBN and logo; a wrong ISBN or a missing logo is left out, and said. */
    private Imprint imprint(YamlMap root, Path source) {
        String isbn = text(root, "isbn", null);
        if (isbn != null && !Imprint.validIsbn(isbn)) {
            problems.add(Problem.error(file, posOf(root, "isbn"), "config.isbn", isbn));
            isbn = null;
        }
        String logo = text(root, "logo", null);
        if (logo != null) {
            logo = logo.replace('\\', '/');
            Path path = source.resolve(logo).normalize();
            // the site's look reads the same key and reports a logo that is not there (config.look-file)
            if (logo.startsWith("/") || logo.contains("..") || !Files.isRegularFile(path)) logo = null;
        }
        return new Imprint(text(root, "licence", null), isbn, logo);
    }

    /** How raw HTML blocks are read: CommonMark's way unless the handbook comes from Python-Markdown. */
    private HtmlBlocks htmlBlocks(YamlMap root) {
        String value = text(root, "html-blocks", null);
        if (value == null) return HtmlBlocks.COMMONMARK;
        if (HtmlBlocks.keywords().contains(value)) return HtmlBlocks.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        problems.add(Problem.error(file, posOf(root, "html-blocks"), "config.html-blocks", value,
                String.join(", ", HtmlBlocks.keywords()), Suggestions.closest(value, HtmlBlocks.keywords()).orElse("")));
        return HtmlBlocks.COMMONMARK;
    }

    /**
     * The folder the pages of field values go in: one or more folder names of lowercase letters, digits and
     * hyphens ("waarden", "over/waarden"), so that it is a path inside the site and no page's address.
     */
    private String valuePages(YamlMap root) {
        String value = text(root, "value-pages", null);
        if (value == null) return "";
        String folder = value.strip();
        while (folder.endsWith("/")) folder = folder.substring(0, folder.length() - 1);
        if (!folder.matches("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*")) {
            String suggestion = dev.handbook.text.Slugs.slug(folder);
            problems.add(Problem.error(file, posOf(root, "value-pages"), "config.value-pages", value,
                    suggestion.isEmpty() ? "waarden" : suggestion));
            return "";
        }
        return folder + "/";
    }

    /** Where the current edition is published; old editions link their readers there. */
    private String baseUrl(YamlMap root) {
        String url = text(root, "base-url", null);
        if (url == null) return null;
        if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
            problems.add(Problem.error(file, posOf(root, "base-url"), "config.base-url", url));
            return null;
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * Where an editor edits a page: the address of the repository's editor for the content folder
     * ({@code https://github.com/org/repo/edit/main/content/}), to which the page's path is added, or
     * that holds {@code {path}} where it goes.
     */
    private String editUrl(YamlMap root) {
        String url = text(root, "edit-url", null);
        if (url == null) return null;
        if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
            problems.add(Problem.error(file, posOf(root, "edit-url"), "config.edit-url", url));
            return null;
        }
        return url.contains("{path}") || url.endsWith("/") ? url : url + "/";
    }

    /** The pages the footer links to: a list of Markdown files; whether they exist is the content's check. */
    private List<FooterLink> footer(YamlMap root) {
        YamlNode node = root.get("footer").orElse(null);
        if (node == null) return List.of();
        List<FooterLink> links = new ArrayList<>();
        for (YamlNode item : node instanceof YamlList l ? l.items() : List.of(node)) {
            if (item instanceof YamlScalar s && s.value() != null && s.text().endsWith(".md")) {
                links.add(new FooterLink(s.text().replace('\\', '/'), item.pos()));
            } else {
                problems.add(Problem.error(file, item.pos(), "config.footer"));
            }
        }
        return links;
    }

    private Map<String, FieldSpec> fields(YamlMap root) {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        YamlMap declared = map(root, "fields");
        for (YamlMap.Entry entry : declared.entries().values()) {
            String key = entry.key();
            if (CORE_KEYS.contains(key)) {
                problems.add(Problem.error(file, entry.keyPos(), "config.field-reserved", key));
                continue;
            }
            if (!(entry.value() instanceof YamlMap spec)) {
                problems.add(Problem.error(file, entry.keyPos(), "config.field-not-a-map", key));
                continue;
            }
            unknownKeys(spec, FIELD_KEYS, "config.unknown-field-key");
            String label = text(spec, "label", key);
            boolean multiple = bool(spec, "multiple");
            Map<String, String> values = new LinkedHashMap<>();
            FieldType type = FieldType.TEXT;
            if (spec.entries().containsKey("values")) {
                type = FieldType.CHOICE;
                for (YamlMap.Entry value : map(spec, "values").entries().values()) {
                    String valueLabel = value.value() instanceof YamlScalar s && s.value() != null ? s.text() : value.key();
                    values.put(value.key(), valueLabel);
                }
                if (values.isEmpty()) problems.add(Problem.error(file, posOf(spec, "values"), "config.values-empty", key));
                if (spec.entries().containsKey("type")) {
                    problems.add(Problem.error(file, posOf(spec, "type"), "config.values-and-type", key));
                }
            } else if (spec.entries().containsKey("type")) {
                String typeName = text(spec, "type", "text");
                type = FieldType.declarable().contains(typeName) ? FieldType.valueOf(typeName.toUpperCase(java.util.Locale.ROOT)) : null;
                if (type == null) {
                    problems.add(Problem.error(file, posOf(spec, "type"), "config.field-type",
                            typeName, String.join(", ", FieldType.declarable())));
                    type = FieldType.TEXT;
                }
            }
            fields.put(key, new FieldSpec(key, label, multiple, type, values));
        }
        return fields;
    }

    private Map<String, EntryType> types(YamlMap root, Map<String, FieldSpec> fields, Path source) {
        Map<String, EntryType> types = new LinkedHashMap<>();
        for (YamlMap.Entry entry : map(root, "types").entries().values()) {
            String key = entry.key();
            YamlMap spec = entry.value() instanceof YamlMap m ? m : YamlMap.empty();
            if (!(entry.value() instanceof YamlMap)) {
                problems.add(Problem.error(file, entry.keyPos(), "config.type-not-a-map", key));
            }
            if (!key.matches("[a-z][a-z0-9-]*")) {
                problems.add(Problem.error(file, entry.keyPos(), "config.type-name", key));
            }
            unknownKeys(spec, TYPE_KEYS, "config.unknown-type-key");
            String label = text(spec, "label", key);
            String plural = text(spec, "plural", label);
            List<String> required = new ArrayList<>();
            spec.get("required").ifPresent(node -> {
                for (YamlNode item : node instanceof YamlList l ? l.items() : List.of(node)) {
                    String field = item instanceof YamlScalar s ? s.text() : "";
                    if (fields.containsKey(field)) {
                        required.add(field);
                    } else {
                        problems.add(Problem.error(file, item.pos(), "config.required-unknown", field, key,
                                String.join(", ", fields.keySet())));
                    }
                }
            });
            types.put(key, new EntryType(key, label, plural, required, icon(spec, key, types.values().stream().map(EntryType::icon).toList(), source),
                    color(spec, key, types.values().stream().map(EntryType::color).toList())));
        }
        return types;
    }

    /** The icon a type's boxes carry: one the theme ships, or the handbook's own assets/icons/NAME.svg. */
    private String icon(YamlMap spec, String type, List<String> taken, Path source) {
        String icon = text(spec, "icon", null);
        if (icon == null) return TypeLooks.icon(type, taken);
        boolean own = icon.matches("[a-z0-9][a-z0-9-]*") && Files.isRegularFile(source.resolve("assets/icons/" + icon + ".svg"));
        if (TypeLooks.BUILTIN_ICONS.contains(icon) || own) return icon;
        problems.add(Problem.error(file, posOf(spec, "icon"), "config.type-icon", icon, type,
                String.join(", ", TypeLooks.BUILTIN_ICONS), Suggestions.closest(icon, TypeLooks.BUILTIN_ICONS).orElse("")));
        return TypeLooks.icon(type, taken);
    }

    /** The colour of a type's boxes, #rrggbb; text in it must be readable on white (WCAG AA, 4.5:1). */
    private Rgb color(YamlMap spec, String type, List<Rgb> taken) {
        String text = text(spec, "color", null);
        if (text == null) return TypeLooks.color(type, taken);
        Rgb color = Rgb.parse(text);
        if (color == null) {
            problems.add(Problem.error(file, posOf(spec, "color"), "config.type-color", text, type));
            return TypeLooks.color(type, taken);
        }
        double contrast = color.contrast(Rgb.WHITE);
        if (contrast < 4.5) {
            problems.add(Problem.warning(file, posOf(spec, "color"), "config.type-color-contrast", text, type,
                    String.format(java.util.Locale.ROOT, "%.1f", contrast)));
        }
        return color;
    }

    /**
     * A file of the site's look (logo, favicon, design tokens): a path in the handbook's own assets/
     * folder, which the site copies as it is, so that the page can link it without a request elsewhere.
     */
    private String lookFile(YamlMap root, Path source, String key) {
        String path = text(root, key, null);
        if (path == null) return null;
        String clean = path.strip().replace('\\', '/');
        if (clean.startsWith("./")) clean = clean.substring(2);
        if (!clean.startsWith("assets/") || clean.contains("..") || !Files.isRegularFile(source.resolve(clean))) {
            problems.add(Problem.error(file, posOf(root, key), "config.look-file", path, key));
            return null;
        }
        return clean;
    }

    private void unknownKeys(YamlMap map, List<String> allowed, String code) {
        for (YamlMap.Entry entry : map.entries().values()) {
            if (allowed.contains(entry.key())) continue;
            String hint = Suggestions.closest(entry.key(), allowed).orElse("");
            problems.add(Problem.error(file, entry.keyPos(), code, entry.key(), String.join(", ", allowed), hint));
        }
    }

    private String text(YamlMap map, String key, String fallback) {
        YamlNode node = map.get(key).orElse(null);
        if (node == null) return fallback;
        if (node instanceof YamlScalar s) return s.value() == null ? fallback : s.text();
        problems.add(Problem.error(file, node.pos(), "config.expected-text", key));
        return fallback;
    }

    private boolean bool(YamlMap map, String key) {
        YamlNode node = map.get(key).orElse(null);
        if (node == null) return false;
        if (node instanceof YamlScalar s && s.value() instanceof Boolean b) return b;
        problems.add(Problem.error(file, node.pos(), "config.expected-boolean", key));
        return false;
    }

    private LocalDate date(YamlMap map, String key) {
        YamlNode node = map.get(key).orElse(null);
        if (node == null) return null;
        if (node instanceof YamlScalar s && s.value() instanceof LocalDate d) return d;
        problems.add(Problem.error(file, node.pos(), "config.expected-date", key));
        return null;
    }

    private YamlMap map(YamlMap map, String key) {
        YamlNode node = map.get(key).orElse(null);
        if (node == null) return YamlMap.empty();
        if (node instanceof YamlMap m) return m;
        problems.add(Problem.error(file, node.pos(), "config.expected-map", key));
        return YamlMap.empty();
    }

    private static Pos posOf(YamlMap map, String key) {
        return map.get(key).map(YamlNode::pos).orElse(map.pos());
    }
}
