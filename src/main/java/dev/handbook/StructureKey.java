package dev.handbook;

import dev.handbook.cache.CacheKey;
import dev.handbook.cache.Hasher;
import dev.handbook.entry.Entries;
import dev.handbook.markdown.HeadingRef;
import dev.handbook.markdown.LinkTargets;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.model.Asset;
import dev.handbook.model.Entry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The key of everything a page's output depends on besides its own Markdown text: the tool, the
 * configuration, the theme, the options, and the whole handbook's shape (every page's metadata, headings
 * and ids, every entry with its number and summary, every link target). A page's result is then keyed by
 * this and its own text. Editing a page's text without touching its headings, entries or first lines
 * changes only its own key; anything else changes this key and so every page's, which is slower but
 * never wrong.
 */
final class StructureKey {
    private StructureKey() {}

    static CacheKey of(CacheKey tool, CacheKey theme, Path source, Options options, Handbook handbook,
            List<ScannedPage> scanned, Entries entries, LinkTargets targets) {
        Hasher h = Hasher.of("structure").add(tool).add(theme).add(options.toString());
        h.add(configFile(source)).add(handbook.config().toString());
        for (ScannedPage p : scanned) {
            Page page = p.page();
            h.add(page.sourcePath()).add(page.outputPath()).add(page.id()).add(page.title()).add(page.summary())
                    .add(page.type()).add(String.valueOf(page.updated())).add(String.valueOf(page.status()))
                    .add(page.related().toString()).add(page.aliases().toString()).add(page.fields().toString())
                    .add(page.bodyLine()).add(page.number()).add(String.valueOf(page.generated()));
            for (HeadingRef heading : p.facts().headings()) h.add(heading.toString());
            h.add(new TreeSet<>(p.facts().ids()).toString());
        }
        for (Entry entry : entries.all()) h.add(entry.toString());
        for (Asset asset : handbook.assets()) h.add(asset.sourcePath()).add(asset.outputPath());
        h.add(new TreeMap<>(targets.outputBySource()).toString());
        targets.idsByOutput().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> h.add(e.getKey()).add(new TreeSet<>(e.getValue()).toString()));
        return h.key();
    }

    /** The configuration as written, besides as read, so that nothing the reader drops can be missed. */
    private static byte[] configFile(Path source) {
        try {
            Path file = source.resolve("handbook.yml");
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
