package dev.handbook.render;

import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import dev.handbook.entry.Entries;
import dev.handbook.entry.FenceRenderings;
import dev.handbook.model.Entry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.TocNode;
import dev.handbook.render.view.EntryView;
import dev.handbook.render.view.ListingView;
import dev.handbook.text.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The content of the pages about entries: overviews, the case index, value pages and entry headers. */
final class EntryPages {
    private final Handbook handbook;
    private final HandbookConfig config;
    private final Entries entries;
    private final FenceRenderings links;
    private final Map<String, TocNode> chapterByNumber = new LinkedHashMap<>();

    EntryPages(Handbook handbook, Entries entries, FenceRenderings links) {
        this.handbook = handbook;
        this.config = handbook.config();
        this.entries = entries;
        this.links = links;
        handbook.chapters().forEach(c -> chapterByNumber.put(c.page().number(), c));
    }

    /** The type whose overview filters: the one named in handbook.yml, or the one whose entries carry most fields. */
    String caseIndexType() {
        if (config.caseIndex() != null) return config.caseIndex();
        String best = null;
        int most = 0;
        for (EntryType type : config.types().values()) {
            Set<String> fields = new LinkedHashSet<>();
            entries.ofType(type.key()).forEach(e -> fields.addAll(e.fields().keySet()));
            if (fields.size() > most) {
                most = fields.size();
                best = type.key();
            }
        }
        return best;
    }

    EntryView header(Page page) {
        EntryType type = config.types().get(page.type());
        Entry entry = entries.standaloneAt(page.outputPath()).orElse(null);
        if (type == null || entry == null) return null;
        return new EntryView(type.label() + " " + entry.number(), type.key(), links.fieldLinks(page.outputPath(), entry),
                links.relatedLinks(page.outputPath(), entry));
    }

    ListingView overview(EntryType type, String path) {
        // every overview filters by the fields its type carries; the case index is the one with most
        List<Entry> list = entries.ofType(type.key());
        return new ListingView(groupByChapter(list, path), facets(list, type.key().equals(caseIndexType()) ? 1 : 2), list.size());
    }

    ListingView valuePage(String path, String field, String value) {
        List<Entry> list = entries.byValue(config, field).getOrDefault(value, List.of());
        return new ListingView(groupByChapter(list, path), List.of(), list.size());
    }

    private List<ListingView.Group> groupByChapter(List<Entry> list, String from) {
        Map<String, List<ListingView.Item>> byChapter = new LinkedHashMap<>();
        for (Entry entry : list) byChapter.computeIfAbsent(entry.chapter(), c -> new ArrayList<>()).add(item(entry, from));
        List<ListingView.Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<ListingView.Item>> group : byChapter.entrySet()) {
            TocNode chapter = chapterByNumber.get(group.getKey());
            Page page = chapter == null ? handbook.home() : chapter.page();
            String title = chapter == null ? page.title() : page.number() + " " + page.title();
            groups.add(new ListingView.Group(title, Urls.relative(from, page.outputPath()), group.getValue()));
        }
        return groups;
    }

    private ListingView.Item item(Entry entry, String from) {
        EntryType type = config.types().get(entry.type());
        List<ListingView.FacetData> data = new ArrayList<>();
        entry.fields().forEach((key, values) -> data.add(new ListingView.FacetData(key, String.join(" ", values))));
        return new ListingView.Item(type.label() + " " + entry.number(), entry.title(), entry.summary(),
                Urls.relative(from, entry.target()), type.key(), links.fieldLinks(from, entry), data);
    }

    /** The facets of fields with value pages that at least {@code least} values of occur in. */
    private List<ListingView.Facet> facets(List<Entry> list, int least) {
        List<ListingView.Facet> facets = new ArrayList<>();
        for (FieldSpec spec : config.fields().values()) {
            if (!spec.hasValuePages()) continue;
            Map<String, Integer> counts = new LinkedHashMap<>();
            Entries subset = new Entries(list);
            subset.byValue(config, spec.key()).forEach((value, carrying) -> counts.put(value, carrying.size()));
            if (counts.size() < least) continue; // on an overview, one value leaves nothing to choose
            List<ListingView.FacetValue> values = new ArrayList<>();
            counts.forEach((value, count) -> values.add(new ListingView.FacetValue(value, spec.labelOf(value), count)));
            facets.add(new ListingView.Facet(spec.key(), spec.label(), values));
        }
        return facets;
    }
}
