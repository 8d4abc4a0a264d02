package dev.handbook.entry;

import dev.handbook.text.Quotes;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import dev.handbook.content.FieldValueReader;
import dev.handbook.markdown.PageFacts;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.markdown.fence.Admonitions;
import dev.handbook.markdown.fence.GithubAlerts;
import dev.handbook.model.Entry;
import dev.handbook.model.Page;
import dev.handbook.text.Slugs;
import dev.handbook.yaml.Pos;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the entries of a handbook, standalone pages and inline fences, in reading order; checks
 * their names, attributes, fields, ids and related ids; and numbers them per type within each chapter.
 */
public final class EntryCollector {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,18}");
    private final HandbookConfig config;
    private final Function<String, String> fileOf;
    private final Problems problems;
    private final Map<String, Integer> counters = new HashMap<>();

    /**
     * @param fileOf how to name a source file (by its path in the content folder) in problems
     * @param problems where the entries' problems go
     */
    public EntryCollector(HandbookConfig config, Function<String, String> fileOf, Problems problems) {
        this.config = config;
        this.fileOf = fileOf;
        this.problems = problems;
    }

    /** An entry with the id it asks for. */
    private record Candidate(Entry entry, boolean explicitId) {}

    public Entries collect(List<ScannedPage> pages) {
        List<Candidate> candidates = new ArrayList<>();
        for (ScannedPage scanned : pages) {
            Page page = scanned.page();
            String chapter = page.number().contains(".") ? page.number().substring(0, page.number().indexOf('.')) : page.number();
            if (page.type() != null) {
                Entry entry = new Entry(page.id(), page.type(), page.title(),
                        page.summary() != null ? page.summary() : Quotes.curl(scanned.facts().firstLines()), page.fields(),
                        page.related(), page.sourcePath(), 1, page.outputPath(), null, chapter, next(chapter, page.type()));
                boolean explicit = !page.id().equals(Slugs.fromFileName(page.sourcePath().substring(page.sourcePath().lastIndexOf('/') + 1)));
                candidates.add(new Candidate(entry, explicit));
            }
            for (PageFacts.Fence fence : scanned.facts().fences()) {
                Entry entry = inline(page, fence, chapter);
                if (entry != null) candidates.add(new Candidate(entry, fence.attributes().id() != null));
            }
        }
        List<Entry> entries = resolveIds(candidates);
        Entries index = new Entries(entries);
        checkRelated(entries, index);
        return index;
    }

    private int next(String chapter, String type) {
        return counters.merge(chapter + "\u0000" + type, 1, Integer::sum);
    }

    private Entry inline(Page page, PageFacts.Fence fence, String chapter) {
        if (fence.alert()) return null;
        String file = fileOf.apply(page.sourcePath());
        Pos pos = new Pos(page.bodyLine() + fence.lineIndex(), 1);
        String name = fence.name();
        EntryType type = config.typeOfBlock(name);
        if (type == null) {
            if (fence.form().isAdmonition() && !Admonitions.isKind(name)) {
                // MkDocs shows an admonition of a kind it does not know too, so it is a note here, with a warning
                TreeSet<String> allowed = new TreeSet<>(Admonitions.names());
                allowed.addAll(config.admonitions().keySet());
                problems.add(Problem.warning(file, pos, "admonition.unknown-kind", name, String.join(", ", allowed),
                        Suggestions.closest(name, allowed).orElse("")));
            } else if (!fence.form().isAdmonition() && !GithubAlerts.KINDS.contains(name) && !Admonitions.isKind(name)) {
                TreeSet<String> allowed = new TreeSet<>(config.types().keySet());
                allowed.addAll(List.of("note", "tip", "info", "warning", "danger", "caution", "important", "success"));
                problems.add(Problem.error(file, pos, "fence.unknown-name", name, String.join(", ", allowed),
                        Suggestions.closest(name, allowed).orElse("")));
            }
            return null;
        }
        if (fence.title().isEmpty()) {
            problems.add(Problem.error(file, pos, "entry.no-title", type.label()));
            return null;
        }
        String id = fence.entryId();
        if (!ID.matcher(id).matches()) {
            problems.add(Problem.error(file, pos, "frontmatter.bad-id", id, Slugs.slug(id)));
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> related = new ArrayList<>();
        for (Map.Entry<String, List<String>> attribute : fence.attributes().values().entrySet()) {
            String key = attribute.getKey();
            if (key.equals("related")) {
                related.addAll(attribute.getValue());
                continue;
            }
            FieldSpec spec = config.fields().get(key);
            if (spec == null) {
                TreeSet<String> allowed = new TreeSet<>(config.fields().keySet());
                allowed.add("related");
                problems.add(Problem.error(file, pos, "entry.unknown-attribute", key, String.join(", ", allowed),
                        Suggestions.closest(key, allowed).orElse("")));
                continue;
            }
            List<String> values = new FieldValueReader(file, spec, problems, p -> pos).read(node(attribute.getValue(), spec));
            if (!values.isEmpty()) fields.put(key, values);
        }
        for (String unreadable : fence.attributes().unreadable()) {
            problems.add(Problem.error(file, pos, "entry.bad-attribute", unreadable));
        }
        for (String required : type.required()) {
            if (!fence.attributes().values().containsKey(required)) {
                problems.add(Problem.error(file, pos, "entry.required-field-missing", required, type.label()));
            }
        }
        return new Entry(id, type.key(), Quotes.curl(fence.title()), Quotes.curl(fence.firstLines()), fields, related, page.sourcePath(), pos.line(),
                page.outputPath(), id, chapter, next(chapter, type.key()));
    }

    /** Attribute text as the YAML value an editor would have written, so fields check alike. */
    private static YamlNode node(List<String> values, FieldSpec spec) {
        List<YamlNode> scalars = values.stream().<YamlNode>map(v -> new YamlScalar(
                NUMBER.matcher(v).matches() && !v.startsWith("0") ? (Object) Long.valueOf(v) : v, v, Pos.NONE)).toList();
        return spec.multiple() || scalars.size() != 1 ? new YamlList(scalars, Pos.NONE) : scalars.get(0);
    }

    /**
     * Ids the editor gave must be unique (a duplicate is an error). An id made from a title or file
     * name that is taken gets its chapter's name in front ("beleid-inleiding"), which stays stable
     * while the chapter keeps its name; only when that is taken too, a number, with a warning.
     */
    private List<Entry> resolveIds(List<Candidate> candidates) {
        Map<String, Entry> taken = new HashMap<>();
        for (Candidate c : candidates) {
            if (!c.explicitId()) continue;
            Entry first = taken.putIfAbsent(c.entry().id(), c.entry());
            if (first != null) {
                problems.add(Problem.error(fileOf(c.entry()), new Pos(c.entry().line(), 1), "entry.duplicate-id",
                        c.entry().id(), fileOf(first) + ":" + first.line()));
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Candidate c : candidates) {
            Entry entry = c.entry();
            if (!c.explicitId()) {
                String wanted = entry.id();
                String id = wanted;
                if (taken.containsKey(id)) id = chapterSlug(entry) + "-" + wanted;
                if (taken.containsKey(id)) {
                    String base = id;
                    for (int n = 2; taken.containsKey(id); n++) id = base + "-" + n;
                    problems.add(Problem.warning(fileOf(entry), new Pos(entry.line(), 1), "entry.ambiguous-id",
                            wanted, fileOf(taken.get(wanted)) + ":" + taken.get(wanted).line(), id));
                }
                if (!id.equals(wanted)) entry = entry.withId(id);
                taken.put(id, entry);
            }
            entries.add(entry);
        }
        return entries;
    }

    private static String chapterSlug(Entry entry) {
        String path = entry.pagePath();
        return path.contains("/") ? path.substring(0, path.indexOf('/')) : Slugs.slug(path.replaceAll("\\.html$", ""));
    }

    private void checkRelated(List<Entry> entries, Entries index) {
        for (Entry e : entries) {
            for (String other : e.related()) {
                if (index.get(other).isEmpty()) {
                    problems.add(Problem.error(fileOf(e), new Pos(e.line(), 1), "entry.related-unknown", other,
                            Suggestions.closest(other, index.all().stream().map(Entry::id).toList()).orElse("")));
                }
            }
        }
    }

    private String fileOf(Entry e) {
        return fileOf.apply(e.sourcePath());
    }
}
