package dev.handbook.scaffold;

import dev.handbook.content.ContentLoader;
import dev.handbook.text.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the folder a new page goes into: the one the editor named, else the one that holds most pages
 * of its type, else the handbook's last chapter. Without a name it never picks an appendix (a chapter
 * whose index says {@code appendix: true}, or a folder named {@code bijlagen} or {@code appendix}):
 * appendices come last, so "the last chapter" would put every new tip among them.
 */
final class ChapterFolders {
    private final Path source;

    ChapterFolders(Path source) {
        this.source = source.toAbsolutePath().normalize();
    }

    /**
     * @param chapter a folder relative to the content folder ("03-x" or "03-x/02-y"), a path to it
     *     from the working folder, or the chapter's slug ("x"); null for the last chapter
     */
    Path resolve(String chapter) throws ScaffoldException {
        return resolve(chapter, null);
    }

    /** As {@link #resolve(String)}; without a chapter, where most pages of {@code type} already are, if any. */
    Path resolve(String chapter, String type) throws ScaffoldException {
        if (chapter == null || chapter.isBlank()) {
            List<Path> all = chapters();
            List<Path> chapters = all.stream().filter(c -> !Appendices.is(c)).toList();
            if (chapters.isEmpty()) chapters = all;
            Optional<Path> home = type == null ? Optional.empty() : TypeHomes.of(chapters, type);
            return home.orElse(chapters.isEmpty() ? source : chapters.get(chapters.size() - 1));
        }
        Optional<Path> found = candidate(source.resolve(chapter))
                .or(() -> candidate(Path.of(chapter)))
                .or(() -> bySlug(chapter));
        if (found.isPresent()) return found.get();
        List<String> names = chapters().stream().map(p -> p.getFileName().toString()).toList();
        throw ScaffoldException.usage("new.chapter-missing", chapter, source,
                names.isEmpty() ? "-" : String.join(", ", names), names.isEmpty() ? "01-hoofdstuk" : names.get(0));
    }

    /**
     * The chapter folders in the order the handbook shows them: by number prefix, unnumbered ones
     * last, then by name. (An {@code order} in a chapter's index.md is not read here: it is rare,
     * and the editor can always name the chapter.)
     */
    List<Path> chapters() {
        try (Stream<Path> list = Files.list(source)) {
            return list.filter(ChapterFolders::isChapter)
                    .sorted(Comparator.comparing((Path p) -> prefixOrLast(p)).thenComparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Path> candidate(Path path) {
        Path dir;
        try {
            dir = path.toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (!dir.startsWith(source) || !Files.isDirectory(dir)) return Optional.empty();
        // every folder between the content folder and the chosen one must be content
        for (Path part : source.relativize(dir)) {
            String name = part.toString();
            if (name.isEmpty()) continue;
            if (name.startsWith(".") || name.startsWith("_")) return Optional.empty();
        }
        if (!dir.equals(source) && ContentLoader.RESERVED.contains(source.relativize(dir).getName(0).toString())) {
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    private Optional<Path> bySlug(String chapter) {
        String slug = Slugs.slug(chapter);
        if (slug.isEmpty()) return Optional.empty();
        return chapters().stream().filter(p -> Slugs.fromFileName(p.getFileName().toString()).equals(slug)).findFirst();
    }

    private static boolean isChapter(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_") || ContentLoader.RESERVED.contains(name)) return false;
        if (!Files.isDirectory(path)) return false;
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".md"));
        } catch (IOException e) {
            return false;
        }
    }

    private static int prefixOrLast(Path path) {
        Integer prefix = Slugs.prefix(path.getFileName().toString());
        return prefix == null ? Integer.MAX_VALUE : prefix;
    }
}
