package dev.handbook.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The handbook-wide file of abbreviations of an MkDocs site. Material's way is a file of {@code *[X]: ...}
 * lines that {@code pymdownx.snippets} appends to every page ({@code auto_append}); the handbook names one
 * such file in {@code handbook.yml} ({@code abbreviations:}). The first file appended is carried over;
 * what else is appended is a note in the report.
 *
 * @param source the file in the project, or null when the site appends none
 * @param target where it goes in the content folder: its place in the docs folder, else in the project
 * @param inDocs whether it lies in the docs folder (MkDocs then also made a page of it, which the import does not)
 */
record Abbreviations(Path source, String target, boolean inDocs, List<String> notes) {
    static final Abbreviations NONE = new Abbreviations(null, null, false, List.of());
    private static final String SNIPPETS = "pymdownx.snippets";

    static Abbreviations of(Path root, Path docs, Map<String, Object> config) {
        if (!(config.get("markdown_extensions") instanceof List<?> extensions)) return NONE;
        Map<?, ?> options = null;
        for (Object extension : extensions) {
            if (extension instanceof Map<?, ?> map && map.get(SNIPPETS) instanceof Map<?, ?> o) options = o;
        }
        if (options == null || !(options.get("auto_append") instanceof List<?> appended) || appended.isEmpty()) return NONE;
        List<Path> bases = new ArrayList<>();
        Object base = options.get("base_path");
        for (Object b : base instanceof List<?> list ? list : List.of(base == null ? "." : base)) {
            bases.add(root.resolve(String.valueOf(b)).normalize());
        }
        List<String> notes = new ArrayList<>();
        Path source = null;
        for (Object file : appended) {
            Path found = null;
            for (Path b : bases) {
                Path candidate = b.resolve(String.valueOf(file)).normalize();
                if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                notes.add(SNIPPETS + ": ‘" + file + "’, appended to every page, is not in the project; not carried over");
            } else if (source == null) {
                source = found;
            } else {
                notes.add(SNIPPETS + ": ‘" + file + "’, appended to every page, is not carried over (handbook.yml names one"
                        + " file of abbreviations; copy its lines into ‘" + root.relativize(source) + "’)");
            }
        }
        if (source == null) return new Abbreviations(null, null, false, List.copyOf(notes));
        boolean inDocs = source.startsWith(docs);
        String target = (inDocs ? docs.relativize(source) : root.relativize(source)).toString().replace('\\', '/');
        return new Abbreviations(source, target, inDocs, List.copyOf(notes));
    }
}
