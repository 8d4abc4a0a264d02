package dev.handbook.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Markdown file, or a page that the generator made for a folder or the home page.
 *
 * @param sourcePath path relative to the content folder, with forward slashes ("01-x/02-y.md"); for a
 *     generated page, the folder it stands for followed by "/"
 * @param outputPath path of the HTML file relative to the site root ("x/y.html")
 * @param type key of the entry type when the whole page is an entry, or null for a plain page
 * @param fields field values by field key, in the order of {@code handbook.yml}
 * @param bodyLine line in the source file where {@code markdown} starts, for messages
 * @param number position in the reading order, "3.2"; empty for the home page
 * @param valueOf the field value whose page this page says it is ({@code value-of:}), or null
 */
public record Page(
        String sourcePath,
        String outputPath,
        String id,
        String title,
        String summary,
        String type,
        LocalDate updated,
        Status status,
        List<String> related,
        List<String> aliases,
        Map<String, List<String>> fields,
        String markdown,
        int bodyLine,
        String number,
        boolean generated,
        ValueOf valueOf) implements TocNode {

    public Page {
        related = List.copyOf(related);
        aliases = List.copyOf(aliases);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public Page page() {
        return this;
    }

    public Page withNumber(String newNumber) {
        return new Page(sourcePath, outputPath, id, title, summary, type, updated, status, related, aliases,
                fields, markdown, bodyLine, newNumber, generated, valueOf);
    }

    public Page withOutputPath(String newOutputPath) {
        return new Page(sourcePath, newOutputPath, id, title, summary, type, updated, status, related, aliases,
                fields, markdown, bodyLine, number, generated, valueOf);
    }

    /** The folder of the source file, relative to the content folder, "" at the top. */
    public String sourceDir() {
        int slash = sourcePath.lastIndexOf('/');
        return slash < 0 ? "" : sourcePath.substring(0, slash);
    }
}
