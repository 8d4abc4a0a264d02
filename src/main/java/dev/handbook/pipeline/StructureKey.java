package dev.handbook.pipeline;

import dev.handbook.cache.CacheKey;
import dev.handbook.cache.Hasher;
import dev.handbook.entry.Entries;
import dev.handbook.markdown.HeadingRef;
import dev.handbook.markdown.PageFacts;
import dev.handbook.markdown.ScannedPage;
import dev.handbook.model.Asset;
import dev.handbook.model.Entry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The key of everything a page's output depends on besides its own Markdown text: the tool, the
 * configuration, the theme, the options, and the whole handbook's shape (every page's metadata, headings
 * and ids, every entry with its number and summary, and so every link target). A page's result is then keyed by
 * this and its own text. Editing a page's text without touching its headings, entries or first lines
 * changes only its own key; anything else changes this key and so every page's, which is slower but
 * never wrong.
 */
final class StructureKey {
    private StructureKey() {}

    /**
     * @param shapes the {@link #shape} of every page by source path, made while scanning: unchanged pages keep theirs
     *     between the preview's builds
     * @param bookMarks what the whole handbook gives each body: its cross-reference targets and its glossary
     */
    static CacheKey of(CacheKey tool, CacheKey theme, Path source, Options options, Handbook handbook,
            List<ScannedPage> scanned, Map<String, CacheKey> shapes, Entries entries, String bookMarks) {
        Hasher h = Hasher.of("structure").add(tool).add(theme).add(options.toString());
        h.add(configFile(source)).add(handbook.config().toString());
        h.add(contentFile(source, handbook.config().citations().bibliography()))
                .add(contentFile(source, handbook.config().citations().csl()));
        h.add(scanned.size());
        for (ScannedPage p : scanned) h.add(shapes.get(p.page().sourcePath()));
        h.add(entries.all().size());
        for (Entry e : entries.all()) {
            h.add(e.id()).add(e.type()).add(e.title()).add(e.summary()).add(e.fields()).add(e.related())
                    .add(e.sourcePath()).add(e.line()).add(e.pagePath()).add(e.anchor()).add(e.chapter()).add(e.sequence());
        }
        for (Asset asset : handbook.assets()) h.add(asset.sourcePath()).add(asset.outputPath());
        // the numbers of figures and tables and where each glossary term is used come from every page's text
        h.add(bookMarks);
        // the link targets are made from the pages' and assets' paths and the pages' ids, all in the key above
        return h.key();
    }

    /** The key of what other pages may see of a page: its metadata, place, headings and ids, not its text. */
    static CacheKey shape(Page page, PageFacts facts) {
        Hasher h = Hasher.of("shape");
        h.add(page.sourcePath()).add(page.outputPath()).add(page.id()).add(page.title()).add(page.summary())
                .add(page.type()).add(String.valueOf(page.updated())).add(String.valueOf(page.status()))
                .add(page.related()).add(page.aliases()).add(page.fields())
                .add(page.bodyLine()).add(page.number()).add(String.valueOf(page.generated()))
                .add(String.valueOf(page.valueOf()));
        h.add(facts.headings().size());
        for (HeadingRef heading : facts.headings()) h.add(heading.level()).add(heading.id()).add(heading.text());
        return h.add(new TreeSet<>(facts.ids())).key();
    }

    /** A file the configuration names, such as the bibliography, whose entries every page that cites shows; empty for none. */
    private static byte[] contentFile(Path source, String name) {
        try {
            return name == null ? new byte[0] : Files.readAllBytes(source.resolve(name));
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The configuration as written, besides as read, so that nothing the reader drops can be missed. */
    static byte[] configFile(Path source) {
        try {
            Path file = source.resolve("handbook.yml");
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
