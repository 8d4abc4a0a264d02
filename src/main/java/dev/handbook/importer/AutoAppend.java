package dev.handbook.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files that MkDocs' {@code pymdownx.snippets} appends to every page ({@code auto_append}), as sites
 * keep a glossary of abbreviations ({@code *[AI]: Artificiële intelligentie}) that every page knows. Their
 * abbreviation lines become the handbook's own file of abbreviations ({@code abbreviations:} in
 * {@code handbook.yml}); the other lines of such a file are not appended to the pages, and are reported.
 */
final class AutoAppend {
    private static final Pattern ABBREVIATION = Pattern.compile("^\\*\\[[^\\]]+]:.*$");

    /**
     * The handbook's abbreviations from the appended files.
     *
     * @param path where the file goes in the content folder: the first appended file's path in the docs
     *     folder, or else in the project
     * @param text its abbreviation lines
     * @param count how many there are
     * @param docsPages the appended files that lie in the docs folder, by their path there: no pages of the handbook
     */
    record Abbreviations(String path, String text, int count, List<String> docsPages) {}

    private AutoAppend() {}

    /** The abbreviations of the files {@code mkdocs.yml} appends, or null when it appends none; notes what is not carried over. */
    static Abbreviations abbreviations(Path root, Path docs, Map<String, Object> config, List<String> notes) {
        Object options = snippetOptions(config.get("markdown_extensions"));
        if (!(options instanceof Map<?, ?> map) || !(map.get("auto_append") instanceof List<?> files) || files.isEmpty()) return null;
        List<Path> bases = new ArrayList<>();
        Object base = map.get("base_path");
        for (Object dir : base instanceof List<?> list ? list : List.of(base == null ? "." : base)) {
            bases.add(root.resolve(String.valueOf(dir)).normalize());
        }
        StringBuilder text = new StringBuilder();
        String first = null;
        int count = 0;
        List<String> docsPages = new ArrayList<>();
        for (Object name : files) {
            Path file = find(root, bases, String.valueOf(name));
            if (file == null) {
                notes.add("pymdownx.snippets auto_append ‘" + name + "’: no such file in the project");
                continue;
            }
            if (file.startsWith(docs)) docsPages.add(docs.relativize(file).toString().replace('\\', '/'));
            int abbreviations = 0;
            int other = 0;
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (ABBREVIATION.matcher(line.strip()).matches()) {
                        text.append(line.strip()).append('\n');
                        abbreviations++;
                    } else if (!line.isBlank()) {
                        other++;
                    }
                }
            } catch (IOException e) {
                notes.add("pymdownx.snippets auto_append ‘" + name + "’ cannot be read: " + e.getMessage());
                continue;
            }
            if (abbreviations > 0 && first == null) {
                first = (file.startsWith(docs) ? docs.relativize(file) : root.relativize(file)).toString().replace('\\', '/');
            }
            count += abbreviations;
            if (other > 0) notes.add("pymdownx.snippets auto_append ‘" + name + "’: " + other + " other line(s) are not appended to the pages");
        }
        return first == null ? null : new Abbreviations(first, text.toString(), count, List.copyOf(docsPages));
    }

    /** The settings of {@code pymdownx.snippets} in the list of extensions, or null. */
    private static Object snippetOptions(Object extensions) {
        if (!(extensions instanceof List<?> list)) return null;
        for (Object extension : list) {
            if (extension instanceof Map<?, ?> map && map.containsKey("pymdownx.snippets")) return map.get("pymdownx.snippets");
        }
        return null;
    }

    /** The file under one of the base folders, inside the project and no further. */
    private static Path find(Path root, List<Path> bases, String name) {
        for (Path base : bases) {
            Path file = base.resolve(name).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) continue;
            try {
                if (file.toRealPath().startsWith(root)) return file;
            } catch (IOException e) {
                // unreadable: the next base
            }
        }
        return null;
    }
}
