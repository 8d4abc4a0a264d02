package dev.handbook.content;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Status;
import dev.handbook.model.ValueOf;
import dev.handbook.text.Slugs;
import dev.handbook.config.FieldType;
import dev.handbook.yaml.CurlyQuotes;
import dev.handbook.yaml.Pos;
import dev.handbook.yaml.StrictYaml;
import dev.handbook.yaml.YamlException;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a page's front matter against the core keys and the fields of {@code handbook.yml}, and
 * reads it into a {@link PageMeta}. Positions in problems are lines of the Markdown file.
 */
final class PageMetaReader {
    private final HandbookConfig config;
    private final StrictYaml yaml = new StrictYaml();

    PageMetaReader(HandbookConfig config) {
        this.config = config;
    }

    PageMeta read(String file, FrontMatter fm, Problems problems) {
        YamlMap map = YamlMap.empty();
        if (fm.yaml() != null) {
            try {
                YamlNode root = yaml.parse(fm.yaml());
                if (root instanceof YamlMap m) {
                    map = m;
                } else {
                    problems.add(Problem.error(file, at(fm, root.pos()), "frontmatter.not-a-map"));
                }
            } catch (YamlException e) {
                problems.add(Problem.error(file, at(fm, e.pos()), e.code(), e.args(fm.yamlLine() - 1).toArray()));
                return new PageMeta(null, null, null, null, null, null, Status.PUBLISHED, List.of(), List.of(), Map.of(), null);
            }
        }
        Reader r = new Reader(file, fm, problems);
        return r.read(map);
    }

    static Pos at(FrontMatter fm, Pos yamlPos) {
        return yamlPos == Pos.NONE ? new Pos(fm.yamlLine(), 1) : yamlPos.shiftLines(fm.yamlLine() - 1);
    }

    private final class Reader {
        private final String file;
        private final FrontMatter fm;
        private final Problems problems;

        Reader(String file, FrontMatter fm, Problems problems) {
            this.file = file;
            this.fm = fm;
            this.problems = problems;
        }

        PageMeta read(YamlMap map) {
            for (YamlMap.Entry entry : map.entries().values()) {
                String key = entry.key();
                if (!ConfigLoader.CORE_KEYS.contains(key) && !config.fields().containsKey(key)) {
                    TreeSet<String> known = new TreeSet<>(ConfigLoader.CORE_KEYS);
                    known.addAll(config.fields().keySet());
                    String hint = Suggestions.closest(key, known).orElse("");
                    problems.add(Problem.error(file, at(fm, entry.keyPos()), "frontmatter.unknown-key",
                            key, String.join(", ", known), hint));
                }
            }
            // plain text gets the quotes and dashes that bodies get from the Markdown engine
            String title = dev.handbook.text.Quotes.curl(text(map, "title"));
            if (title == null || title.isBlank()) {
                problems.add(Problem.error(file, fm.yaml() == null ? new Pos(1, 1) : at(fm, map.pos()), "frontmatter.title-missing"));
                title = null;
            }
            String type = text(map, "type");
            if (type != null && !config.types().containsKey(type)) {
                String hint = Suggestions.closest(type, config.types().keySet()).orElse("");
                problems.add(Problem.error(file, posOf(map, "type"), "frontmatter.unknown-type",
                        type, String.join(", ", config.types().keySet()), hint));
                type = null;
            }
            String id = text(map, "id");
            if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(Problem.error(file, posOf(map, "id"), "frontmatter.bad-id", id, Slugs.slug(id)));
                id = Slugs.slug(id);
            }
            Integer order = null;
            YamlNode orderNode = map.get("order").orElse(null);
            if (orderNode != null) {
                if (orderNode instanceof YamlScalar s && s.value() instanceof Long n) {
                    order = n.intValue();
                } else {
                    problems.add(Problem.error(file, at(fm, orderNode.pos()), "frontmatter.order-not-number", describe(orderNode)));
                }
            }
            LocalDate updated = null;
            YamlNode updatedNode = map.get("updated").orElse(null);
            if (updatedNode != null) {
                if (updatedNode instanceof YamlScalar s && s.value() instanceof LocalDate d) {
                    updated = d;
                } else {
                    problems.add(Problem.error(file, at(fm, updatedNode.pos()), "field.not-a-date", "updated", describe(updatedNode)));
                }
            }
            Status status = Status.PUBLISHED;
            String statusText = text(map, "status");
            if (statusText != null) {
                if (Status.keywords().contains(statusText)) {
                    status = Status.valueOf(statusText.toUpperCase(java.util.Locale.ROOT));
                } else {
                    problems.add(Problem.error(file, posOf(map, "status"), "field.not-allowed", statusText, "status",
                            String.join(", ", Status.keywords()), Suggestions.closest(statusText, Status.keywords()).orElse("")));
                }
            }
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (FieldSpec spec : config.fields().values()) {
                map.get(spec.key()).ifPresent(node -> {
                    List<String> values = new FieldValueReader(file, spec, problems, p -> at(fm, p)).read(node);
                    if (!values.isEmpty()) fields.put(spec.key(), values);
                });
            }
            if (type != null) {
                EntryType entryType = config.types().get(type);
                for (String required : entryType.required()) {
                    if (!map.entries().containsKey(required)) {
                        problems.add(Problem.error(file, posOf(map, "type"), "entry.required-field-missing",
                                required, entryType.label()));
                    } else if (isEmpty(map.get(required).orElseThrow())) {
                        // `new` writes required fields empty for the editor to fill in: they must not pass unnoticed
                        problems.add(Problem.error(file, posOf(map, required), "entry.required-field-empty",
                                required, entryType.label()));
                    }
                }
            }
            String summary = text(map, "summary");
            if (map.entries().containsKey("summary") && (summary == null || summary.isBlank())
                    && map.get("summary").orElseThrow() instanceof YamlScalar) {
                // `new` writes `summary: ""` to be filled in; published empty, overviews show nothing under the title
                problems.add(Problem.warning(file, posOf(map, "summary"), "frontmatter.summary-empty"));
                summary = null;
            }
            curlyQuotes(map);
            map.get("appendix").ifPresent(node -> {
                if (!(node instanceof YamlScalar s && s.value() instanceof Boolean)) {
                    problems.add(Problem.error(file, at(fm, node.pos()), "config.expected-boolean", "appendix"));
                }
            });
            return new PageMeta(title, dev.handbook.text.Quotes.curl(summary), type, id, order, updated, status,
                    ids(map, "related"), aliases(map), fields, valueOf(map));
        }

        /**
         * The field value this page is the page of: {@code field=value}, a field whose values have pages and
         * one of its values; anything else is an error at the key's line that names what is allowed.
         */
        private ValueOf valueOf(YamlMap map) {
            String text = text(map, "value-of");
            if (text == null) return null;
            List<String> fields = config.fields().values().stream().filter(FieldSpec::hasValuePages).map(FieldSpec::key).toList();
            String example = fields.isEmpty() ? "" : fields.get(0) + "=" + firstValue(config.fields().get(fields.get(0)));
            int eq = text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                problems.add(Problem.error(file, posOf(map, "value-of"), "frontmatter.value-of-form", text, example));
                return null;
            }
            String field = text.substring(0, eq).strip();
            String value = text.substring(eq + 1).strip();
            FieldSpec spec = config.fields().get(field);
            if (spec == null || !spec.hasValuePages()) {
                problems.add(Problem.error(file, posOf(map, "value-of"), "frontmatter.value-of-field", field,
                        fields.isEmpty() ? "-" : String.join(", ", fields), Suggestions.closest(field, fields).orElse("")));
                return null;
            }
            boolean allowed = spec.type() == dev.handbook.config.FieldType.YEAR ? value.matches("\\d{4}") : spec.values().containsKey(value);
            if (!allowed) {
                String values = spec.type() == dev.handbook.config.FieldType.YEAR ? "2024" : String.join(", ", spec.values().keySet());
                problems.add(Problem.error(file, posOf(map, "value-of"), "frontmatter.value-of-value", value, field, values,
                        Suggestions.closest(value, spec.values().keySet()).orElse("")));
                return null;
            }
            return new ValueOf(field, value);
        }

        /**
         * Title, summary and text fields typed in Word's curly quotes: YAML keeps them, so they would be
         * published in the heading, the {@code <title>} and the sidebar. (A choice field's value in
         * them is already not allowed.)
         */
        private void curlyQuotes(YamlMap map) {
            for (YamlMap.Entry entry : map.entries().values()) {
                String key = entry.key();
                FieldSpec spec = config.fields().get(key);
                boolean text = key.equals("title") || key.equals("summary") || (spec != null && spec.type() == FieldType.TEXT);
                if (!text) continue;
                List<YamlNode> values = entry.value() instanceof YamlList l ? l.items() : List.of(entry.value());
                for (YamlNode value : values) {
                    if (value instanceof YamlScalar s && s.value() instanceof String v && CurlyQuotes.wrapped(v.strip())) {
                        problems.add(Problem.warning(file, at(fm, s.pos()), "frontmatter.curly-quotes", key, v.strip(),
                                CurlyQuotes.straight(CurlyQuotes.strip(v.strip()))));
                    }
                }
            }
        }

        private static String firstValue(FieldSpec spec) {
            return spec.values().isEmpty() ? "2024" : spec.values().keySet().iterator().next();
        }

        private static boolean isEmpty(YamlNode node) {
            if (node instanceof YamlScalar s) return s.value() == null || s.text().isBlank();
            return node instanceof YamlList l && l.items().isEmpty();
        }

        private String text(YamlMap map, String key) {
            YamlNode node = map.get(key).orElse(null);
            if (node == null) return null;
            if (node instanceof YamlScalar s) return s.value() == null ? null : s.text();
            problems.add(Problem.error(file, at(fm, node.pos()), "field.not-text", key, describe(node)));
            return null;
        }

        private List<String> ids(YamlMap map, String key) {
            YamlNode node = map.get(key).orElse(null);
            if (node == null) return List.of();
            List<String> out = new ArrayList<>();
            for (YamlNode item : node instanceof YamlList l ? l.items() : List.of(node)) {
                if (item instanceof YamlScalar s && s.value() != null) {
                    out.add(s.text());
                } else {
                    problems.add(Problem.error(file, at(fm, item.pos()), "field.not-text", key, describe(item)));
                }
            }
            return out;
        }

        /** The aliases whose address stays inside the site; each other one is an error at its line, and left out. */
        private List<String> aliases(YamlMap map) {
            YamlNode node = map.get("aliases").orElse(null);
            if (node == null) return List.of();
            List<String> out = new ArrayList<>();
            for (YamlNode item : node instanceof YamlList l ? l.items() : List.of(node)) {
                if (!(item instanceof YamlScalar s) || s.value() == null) {
                    problems.add(Problem.error(file, at(fm, item.pos()), "field.not-text", "aliases", describe(item)));
                } else if (!SitePaths.isInsideSite(SitePaths.alias(s.text()))) {
                    String suggestion = Arrays.stream(s.text().replace('\\', '/').split("/"))
                            .filter(part -> !part.isEmpty() && !part.equals(".") && !part.equals(".."))
                            .map(part -> part.replace(":", ""))
                            .collect(Collectors.joining("/"));
                    problems.add(Problem.error(file, at(fm, item.pos()), "frontmatter.alias-outside", s.text(),
                            suggestion.isEmpty() ? "oud/pagina.html" : suggestion));
                } else {
                    out.add(s.text());
                }
            }
            return out;
        }

        private Pos posOf(YamlMap map, String key) {
            return at(fm, map.get(key).map(YamlNode::pos).orElse(map.pos()));
        }
    }

    static String describe(YamlNode node) {
        return node instanceof YamlScalar s ? s.text() : node.kind();
    }
}
