package dev.handbook.entry;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.config.EntryType;
import dev.handbook.model.Asset;
import dev.handbook.model.Entry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.SitePaths;
import dev.handbook.yaml.Pos;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The paths of the pages the generator makes itself (overviews, value pages, permalinks, aliases),
 * so that a content page or asset that would take one of them is reported instead of overwritten; the
 * value pages are {@link ValuePages}', since a content page may be one.
 */
public final class GeneratedPaths {
    private GeneratedPaths() {}

    static Set<String> of(Handbook handbook, Entries entries) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add(SitePaths.TOC_SCRIPT);
        paths.add(SitePaths.PRINT);
        paths.add(SitePaths.SEARCH);
        paths.add(SitePaths.NOT_FOUND);
        paths.add(SitePaths.SEARCH_META);
        for (EntryType type : handbook.config().types().values()) paths.add(SitePaths.overview(type));
        for (Entry entry : entries.all()) paths.add(entry.permalink());
        return paths;
    }

    /** Where each alias of a page leads from: an id gets a permalink page, a path a page of its own. */
    public static Map<String, Page> aliases(Handbook handbook) {
        Map<String, Page> aliases = new HashMap<>();
        for (Page page : handbook.readingOrder()) {
            for (String alias : page.aliases()) aliases.putIfAbsent(SitePaths.alias(alias), page);
        }
        return aliases;
    }

    /**
     * Reports each content page or asset that takes a generated page's path, each alias that does, and each
     * page that claims a field value another page claimed first. A value page that a content page stands
     * in the place of is that page, not a clash; one that another page or an asset takes is, and its hint
     * names the two ways out.
     */
    public static void check(Handbook handbook, Entries entries, Function<String, String> fileOf, Problems problems) {
        Map<String, String> taken = new HashMap<>();
        for (Page page : handbook.readingOrder()) taken.put(page.outputPath(), page.sourcePath());
        for (Asset asset : handbook.assets()) taken.put(asset.outputPath(), asset.sourcePath());
        Set<String> generated = of(handbook, entries);
        for (String path : generated) {
            String source = taken.get(path);
            if (source != null) problems.add(Problem.error(fileOf.apply(source), Pos.NONE, "page.reserved-output", path));
        }
        ValuePages valuePages = ValuePages.of(handbook, entries);
        for (ValuePages.ValuePage value : valuePages.generated()) {
            generated.add(value.generated());
            String source = taken.get(value.generated());
            if (source != null) {
                problems.add(Problem.error(fileOf.apply(source), Pos.NONE, "page.value-page-taken", value.generated(),
                        value.spec().key(), value.value(), value.spec().label()));
            }
        }
        for (ValuePages.Claim claim : valuePages.claimedTwice()) {
            problems.add(Problem.error(fileOf.apply(claim.page().sourcePath()), Pos.NONE, "frontmatter.value-of-taken",
                    claim.valueOf().toString(), fileOf.apply(claim.first().sourcePath())));
        }
        for (Map.Entry<String, Page> alias : aliases(handbook).entrySet()) {
            if (taken.containsKey(alias.getKey()) || generated.contains(alias.getKey())) {
                problems.add(Problem.error(fileOf.apply(alias.getValue().sourcePath()), Pos.NONE, "page.alias-taken",
                        alias.getKey()));
            }
        }
    }
}
