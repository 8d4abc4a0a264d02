package dev.handbook.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The import's report: what of the site as a whole and of each page could not be carried over, and the
 * changes made to carry the rest. It is printed and written as {@code IMPORT.md}, a draft page of the
 * handbook (so it builds with the rest and shows only with {@code --drafts}).
 */
final class Report {
    private final OldSite.Kind kind;
    private final Path dir;
    private final List<String> site = new ArrayList<>();
    private final Map<String, List<String>> pages = new TreeMap<>();
    private int findings;

    Report(OldSite.Kind kind, Path dir, OldSite old, Layout layout, List<String> skipped) {
        this.kind = kind;
        this.dir = dir;
        site.addAll(old.notes());
        site.addAll(layout.notes());
        for (String link : skipped) site.add("symbolic link " + link + "; left out");
    }

    /** A note about the site as a whole. */
    void site(String note) {
        site.add(note);
    }

    void page(String path, String what) {
        pages.computeIfAbsent(path, p -> new ArrayList<>()).add(what);
        if (!what.startsWith("written as ") && !what.startsWith("front matter ‘")) findings++;
    }

    int findings() {
        return findings + site.size();
    }

    /** The front matter that makes the report a draft page of the handbook. */
    String page(String language) {
        String title = "en".equals(language) ? "Import report" : "Importverslag";
        return "---\ntitle: " + title + "\nstatus: draft\n---\n";
    }

    String text(int pageCount, int fileCount) {
        StringBuilder out = new StringBuilder();
        out.append("Imported from the ").append(kind == OldSite.Kind.MKDOCS ? "MkDocs" : "Docusaurus").append(" project `")
                .append(dir.toString().replace('`', '\'')).append("`: ").append(pageCount).append(" pages, ").append(fileCount)
                .append(" other files. ").append(findings()).append(" things could not be carried over as they were.\n\n");
        out.append("## The site as a whole\n\n");
        if (site.isEmpty()) out.append("Nothing.\n");
        for (String note : site) out.append("- ").append(code(note)).append('\n');
        out.append("\n## Per page\n");
        if (pages.isEmpty()) out.append("\nNothing.\n");
        pages.forEach((path, notes) -> {
            out.append("\n### `").append(path.replace('`', '\'')).append("`\n\n");
            for (String note : notes) out.append("- ").append(code(note)).append('\n');
        });
        return out.toString();
    }

    /**
     * A note as Markdown that shows its text as it is: quoted parts (‘...’) in code spans, so that
     * what the old site wrote ({@code {{ x }}}, {@code <Card>}) is shown and never read as markup.
     */
    private static String code(String note) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < note.length()) {
            int open = note.indexOf('‘', pos);
            int close = open < 0 ? -1 : note.indexOf('’', open);
            if (open < 0 || close < 0) {
                out.append(escape(note.substring(pos)));
                break;
            }
            out.append(escape(note.substring(pos, open)));
            String quoted = note.substring(open + 1, close).replace('`', '\'');
            out.append("` ").append(quoted).append(" `");
            pos = close + 1;
        }
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>{}#|!~".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
