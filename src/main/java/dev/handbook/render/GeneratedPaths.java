package dev.handbook.render;

import dev.handbook.check.Problem;
import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.entry.Entries;
import dev.handbook.entry.EntryPaths;
import dev.handbook.model.Asset;
import dev.handbook.model.Entry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.search.IndexFiles;
import dev.handbook.yaml.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The paths of the pages the generator makes itself (overviews, value pages, permalinks, aliases),
 * so that a content page or asset that would take one of them is reported instead of overwritten.
 */
public final class GeneratedPaths {
    private GeneratedPaths() {}

    static Set<String> of(Handbook handbook, Entries entries) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("toc.js");
        paths.add(dev.handbook.render.print.PrintPage.PATH);
        paths.add(IndexFiles.PAGE);
        paths.add(SiteRenderer.NOT_FOUND);
        paths.add(IndexFiles.META_PATH);
        for (EntryType type : handbook.config().types().values()) paths.add(EntryPaths.overview(type));
        for (FieldSpec spec : handbook.config().fields().values()) {
            if (!EntryPaths.hasValuePages(spec)) continue;
            for (String value : entries.byValue(handbook.config(), spec.key()).keySet()) {
                paths.add(EntryPaths.fieldValue(spec.key(), value));
            }
        }
        for (Entry entry : entries.all()) paths.add(entry.permalink());
        return paths;
    }

    /** Where each alias of a page leads from: an id gets a permalink page, a path a page of its own. */
    static Map<String, Page> aliases(Handbook handbook) {
        Map<String, Page> aliases = new HashMap<>();
        for (Page page : handbook.readingOrder()) {
            for (String alias : page.aliases()) aliases.putIfAbsent(aliasPath(alias), page);
        }
        return aliases;
    }

    public static String aliasPath(String alias) {
        String path = alias.startsWith("/") ? alias.substring(1) : alias;
        return path.endsWith(".html") ? path : "e/" + path + ".html";
    }

    public static List<Problem> check(Handbook handbook, Entries entries, Function<String, String> fileOf) {
        Map<String, String> taken = new HashMap<>();
        for (Page page : handbook.readingOrder()) taken.put(page.outputPath(), page.sourcePath());
        for (Asset asset : handbook.assets()) taken.put(asset.outputPath(), asset.sourcePath());
        List<Problem> problems = new ArrayList<>();
        Set<String> generated = of(handbook, entries);
        for (String path : generated) {
            String source = taken.get(path);
            if (source != null) problems.add(Problem.error(fileOf.apply(source), Pos.NONE, "page.reserved-output", path));
        }
        for (Map.Entry<String, Page> alias : aliases(handbook).entrySet()) {
            if (taken.containsKey(alias.getKey()) || generated.contains(alias.getKey())) {
                problems.add(Problem.error(fileOf.apply(alias.getValue().sourcePath()), Pos.NONE, "page.alias-taken",
                        alias.getKey()));
            }
        }
        return problems;
    }
}
