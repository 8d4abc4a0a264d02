package dev.handbook.scaffold;

import dev.handbook.check.Bundle;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.EntryType;
import dev.handbook.config.HandbookConfig;
import dev.handbook.content.OutputPaths;
import dev.handbook.text.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts a new page of an entry type: {@code NN-slug.md} in a chapter folder, with the next number
 * prefix of that folder and front matter that has every field the type requires. It never
 * overwrites a file, nor adds a page whose address another page of the folder already has.
 */
public final class PageScaffold {
    /** The new file, and the required fields the editor still has to fill in. */
    public record Created(Path file, List<String> fieldsToFill) {}

    private final Path source;
    private final LocalDate today;

    /** @param source the content folder; @param today the date for {@code updated} */
    public PageScaffold(Path source, LocalDate today) {
        this.source = source;
        this.today = today;
    }

    /** The handbook's language, for the sentences that tell the outcome. */
    public String language() {
        return new ConfigLoader(new Problems()).load(source).language();
    }

    /** @param chapter the folder to write into (see {@link ChapterFolders#resolve}), or null for where most pages of the type are (else the last chapter) */
    public Created create(String typeKey, String title, String chapter) throws ScaffoldException, IOException {
        if (!Files.isRegularFile(source.resolve(ConfigLoader.FILE_NAME))) {
            throw ScaffoldException.usage("new.no-config", source);
        }
        HandbookConfig config = new ConfigLoader(new Problems()).load(source);
        EntryType type = type(config, typeKey);
        String slug = Slugs.slug(title);
        if (slug.isEmpty()) throw ScaffoldException.usage("new.empty-title", title);
        Path folder = new ChapterFolders(source).resolve(chapter, typeKey);
        Optional<Path> sameAddress = pageWithSlug(folder, slug);
        if (sameAddress.isPresent()) {
            throw ScaffoldException.refused("new.same-address", folder, slug + ".html",
                    sameAddress.get().getFileName());
        }
        Path file = folder.resolve(PagePrefix.next(folder) + slug + ".md");
        String text = new PageTemplate(config, Bundle.editor(config.language())).text(type, title, today);
        try {
            // CREATE_NEW: the check that nothing is there and the creation are one step
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw ScaffoldException.refused("new.exists", file);
        }
        return new Created(file, type.required().stream().filter(config.fields()::containsKey).toList());
    }

    private static EntryType type(HandbookConfig config, String key) throws ScaffoldException {
        Optional<EntryType> type = config.type(key);
        if (type.isPresent()) return type.get();
        if (config.types().isEmpty()) throw ScaffoldException.usage("new.no-types", key);
        String declared = String.join(", ", config.types().keySet());
        Optional<String> suggestion = Suggestions.closest(key, config.types().keySet());
        if (suggestion.isPresent()) throw ScaffoldException.usage("new.unknown-type", key, declared, suggestion.get());
        throw ScaffoldException.usage("new.unknown-type", key, declared);
    }

    /** A Markdown page of the folder whose name gives the same slug, and so the same address. */
    private static Optional<Path> pageWithSlug(Path folder, String slug) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !OutputPaths.isIndex(p.getFileName().toString()))
                    .filter(p -> Slugs.fromFileName(p.getFileName().toString()).equals(slug))
                    .sorted()
                    .findFirst();
        }
    }
}
