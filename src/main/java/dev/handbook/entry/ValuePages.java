package dev.handbook.entry;

import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.SitePaths;
import dev.handbook.model.ValueOf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page of every field value that has one, and where it is: a content page that is the value's page
 * (by {@code value-of: field=value}, else by standing at the value page's address), or a page the
 * generator makes at {@code <value-pages><field>/<value>.html}. Everything that links to a value page
 * asks here, so that links follow the page wherever it is.
 */
public final class ValuePages {
    /**
     * A field value and its page.
     *
     * @param generated the address of the page the generator would make for it
     * @param page the content page that is the value's page, or null when the generator makes it
     */
    public record ValuePage(FieldSpec spec, String value, String generated, Page page) {
        /** Where the value's page is, from the site root. */
        public String path() {
            return page != null ? page.outputPath() : generated;
        }
    }

    /** A content page that claims a value another page claimed first. */
    public record Claim(Page page, ValueOf valueOf, Page first) {}

    private final Map<String, Map<String, ValuePage>> byField = new LinkedHashMap<>();
    private final Map<String, ValuePage> byPage = new HashMap<>();
    private final List<Claim> twice = new ArrayList<>();

    private ValuePages(Handbook handbook, Entries entries) {
        HandbookConfig config = handbook.config();
        Map<String, Page> claimed = new LinkedHashMap<>();
        Map<String, Page> byOutput = new HashMap<>();
        for (Page page : handbook.readingOrder()) {
            byOutput.putIfAbsent(page.outputPath(), page);
            ValueOf valueOf = page.valueOf();
            if (valueOf == null) continue;
            Page first = claimed.putIfAbsent(valueOf.toString(), page);
            if (first != null) twice.add(new Claim(page, valueOf, first));
        }
        for (FieldSpec spec : config.fields().values()) {
            if (!spec.hasValuePages()) continue;
            Map<String, ValuePage> values = new LinkedHashMap<>();
            List<String> carried = new ArrayList<>(entries.byValue(config, spec.key()).keySet());
            for (Page page : claimed.values()) {
                ValueOf v = page.valueOf();
                if (v.field().equals(spec.key()) && !carried.contains(v.value())) carried.add(v.value());
            }
            for (String value : carried) {
                String generated = config.valuePages() + SitePaths.fieldValue(spec.key(), value);
                Page page = claimed.get(new ValueOf(spec.key(), value).toString());
                if (page == null) {
                    Page standing = byOutput.get(generated);
                    // a page at the address that claims another value is not this value's page: it collides
                    if (standing != null && standing.valueOf() == null && !standing.generated()) page = standing;
                }
                ValuePage valuePage = new ValuePage(spec, value, generated, page);
                values.put(value, valuePage);
                if (page != null) byPage.put(page.outputPath(), valuePage);
            }
            byField.put(spec.key(), values);
        }
    }

    public static ValuePages of(Handbook handbook, Entries entries) {
        return new ValuePages(handbook, entries);
    }

    /** Every value's page, field by field in the order of {@code handbook.yml}, values in their order. */
    public List<ValuePage> all() {
        return byField.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** The value pages that no content page is: the generator makes these. */
    public List<ValuePage> generated() {
        return all().stream().filter(v -> v.page() == null).toList();
    }

    /** The address of the value's page, from the site root, or null when the value has none. */
    public String path(String field, String value) {
        ValuePage page = byField.getOrDefault(field, Map.of()).get(value);
        return page == null ? null : page.path();
    }

    /** The value whose page the content page at {@code outputPath} is, if it is one. */
    public Optional<ValuePage> ofPage(String outputPath) {
        return Optional.ofNullable(byPage.get(outputPath));
    }

    /** The pages that claim a value another page claimed before them, in reading order. */
    public List<Claim> claimedTwice() {
        return List.copyOf(twice);
    }
}
