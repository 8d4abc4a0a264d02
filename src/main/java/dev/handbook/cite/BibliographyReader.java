package dev.handbook.cite;

import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.core.JsonProcessingException;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.yaml.Pos;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a bibliography in one of the three formats Pandoc reads: BibTeX ({@code .bib}, with jbibtex),
 * CSL-JSON ({@code .json}) and CSL YAML ({@code .yaml}, a list or a map with {@code references}). A file
 * that does not parse is one error at its line, in the editor's words, and the handbook then has no entries.
 */
final class BibliographyReader {
    private static final Pattern LEXICAL_LINE = Pattern.compile("line (\\d+), column (\\d+)");

    private final Problems problems;

    BibliographyReader(Problems problems) {
        this.problems = problems;
    }

    /** @param file the file as problems name it; its format comes from the end of its name */
    Bibliography read(String file, String text) {
        String name = file.toLowerCase(Locale.ROOT);
        Map<String, CSLItemData> items;
        try {
            items = name.endsWith(".bib") ? bibtex(text) : name.endsWith(".json") ? csl(json(file, text)) : csl(yaml(text));
        } catch (Unreadable e) {
            problems.add(Problem.error(file, e.pos, "cite.bibliography-syntax", e.near));
            return new Bibliography(file, Map.of(), Map.of());
        }
        if (items == null) return new Bibliography(file, Map.of(), Map.of());
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String key : items.keySet()) lines.put(key, lineOf(text, key, name.endsWith(".bib")));
        return new Bibliography(file, items, lines);
    }

    private Map<String, CSLItemData> bibtex(String text) {
        BibTeXDatabase database;
        try {
            database = new BibTeXConverter().loadDatabase(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (ParseException e) {
            org.jbibtex.Token at = e.currentToken == null ? null : e.currentToken.next != null ? e.currentToken.next : e.currentToken;
            throw new Unreadable(at == null ? new Pos(1, 1) : new Pos(at.beginLine, at.beginColumn), at == null ? "" : at.image);
        } catch (TokenMgrException e) {
            Matcher m = LEXICAL_LINE.matcher(String.valueOf(e.getMessage()));
            throw new Unreadable(m.find() ? new Pos(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : new Pos(1, 1), "");
        }
        return new LinkedHashMap<>(new BibTeXConverter().toItemData(database));
    }

    private static Object json(String file, String text) {
        try {
            return JSON.std.anyFrom(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new Unreadable(at == null ? new Pos(1, 1) : new Pos(at.getLineNr(), at.getColumnNr()), e.getOriginalMessage());
        } catch (IOException e) {
            throw new Unreadable(new Pos(1, 1), e.getMessage());
        }
    }

    private static Object yaml(String text) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new Unreadable(mark == null ? new Pos(1, 1) : new Pos(mark.getLine() + 1, mark.getColumn() + 1), e.getProblem());
        }
    }

    /** CSL items from a parsed list of maps (or a map whose {@code references} is that list). */
    @SuppressWarnings("unchecked")
    private static Map<String, CSLItemData> csl(Object data) {
        if (data instanceof Map<?, ?> map && map.get("references") != null) data = map.get("references");
        if (!(data instanceof List<?> list)) throw new Unreadable(new Pos(1, 1), "");
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (Object element : list) {
            if (!(element instanceof Map<?, ?> entry) || entry.get("id") == null) throw new Unreadable(new Pos(1, 1), "id");
            Map<String, Object> fields = new LinkedHashMap<>();
            entry.forEach((k, v) -> fields.put(String.valueOf(k), v instanceof java.util.Date || v instanceof Integer ? String.valueOf(v) : v));
            fields.put("id", String.valueOf(entry.get("id")));
            fields.computeIfPresent("issued", (k, v) -> v instanceof String year ? Map.of("raw", year) : v);
            items.putIfAbsent(String.valueOf(entry.get("id")), CSLItemData.fromJson(fields));
        }
        return items;
    }

    /** The line an entry starts on: {@code @type{key,} in BibTeX, its {@code id} in CSL-JSON and YAML. */
    private static int lineOf(String text, String key, boolean bibtex) {
        Pattern start = bibtex
                ? Pattern.compile("@\\w+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,")
                : Pattern.compile("[\"']?id[\"']?\\s*:\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*[,}\\r\\n]");
        Matcher m = start.matcher(text);
        if (!m.find()) return 1;
        int line = 1;
        for (int i = 0; i < m.start(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** A file that does not parse, where and near what. */
    private static final class Unreadable extends RuntimeException {
        final Pos pos;
        final String near;

        Unreadable(Pos pos, String near) {
            super(null, null, false, false);
            this.pos = pos;
            this.near = near == null ? "" : near;
        }
    }
}
