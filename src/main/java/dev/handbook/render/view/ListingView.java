package dev.handbook.render.view;

import dev.handbook.markdown.fence.FenceRendering;
import java.util.List;

/**
 * A list of entries: an overview of a type, the case index (with {@code facets} to filter by), or
 * the entries that carry one field value.
 */
public record ListingView(List<Group> groups, List<Facet> facets, int total) {
    public ListingView {
        groups = List.copyOf(groups);
        facets = List.copyOf(facets);
    }

    /** Entries of one chapter, in reading order. */
    public record Group(String title, String href, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    public record Item(String label, String title, String summary, String href, String type,
            List<FenceRendering.FieldLink> fields, List<FacetData> facets) {
        public Item {
            fields = List.copyOf(fields);
            facets = List.copyOf(facets);
        }
    }

    /** The values an item has for one facet, space-separated, for the filter script. */
    public record FacetData(String key, String values) {}

    public record Facet(String key, String label, List<FacetValue> values) {
        public Facet {
            values = List.copyOf(values);
        }
    }

    public record FacetValue(String value, String label, int count) {}
}
