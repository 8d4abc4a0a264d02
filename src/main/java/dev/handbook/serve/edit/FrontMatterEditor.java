package dev.handbook.serve.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes the values of top-level keys in a page's front matter in its text, line by line, as an
 * editor would by hand: a changed value is written over the old one on its own line, keeping the key's
 * place, the quotes it had, a comment after it and every other line (comments, keys the form does not
 * show, blank lines) as they were. Dumping the parsed YAML again would lose the comments and reorder or
 * requote what the editor wrote. A key the page did not have is added at the end; a key emptied in the
 * form is removed, unless its type requires it, when it stays with an empty value (as {@code new}
 * writes it).
 */
final class FrontMatterEditor {
    private static final Pattern KEY = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_.-]*)[ \\t]*:(?=[ \\t]|$)(.*)$");
    private static final Pattern BLOCK_ITEM = Pattern.compile("^([ \\t]*)-([ \\t]|$).*");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,()/’_+-]*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Set<String> WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

    /** One key's lines: its own line and the lines that continue its value (a block list, a long text). */
    private record Region(String key, int start, int end, String value, String suffix, String itemIndent) {}

    private FrontMatterEditor() {}

    /**
     * The front matter {@code yaml} with {@code changes} made.
     *
     * @param before the values as the page had them, to tell which keys the form changed
     * @param required the keys that stay (empty) when emptied
     */
    static String apply(String yaml, Map<String, FormValue> before, Map<String, FormValue> changes, Set<String> required) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        Map<String, FormValue> changed = new LinkedHashMap<>();
        changes.forEach((key, value) -> {
            FormValue old = before.get(key);
            if (old == null ? !value.isEmpty() : !same(old, value)) changed.put(key, value);
        });
        // from the last region up, so that the line numbers of those above stay right
        List<Region> regions = regions(lines);
        for (int i = regions.size() - 1; i >= 0; i--) {
            Region region = regions.get(i);
            FormValue value = changed.remove(region.key());
            if (value == null) continue;
            List<String> replacement = value.isEmpty() && !required.contains(region.key())
                    ? List.of()
                    : written(region, value);
            lines.subList(region.start(), region.end()).clear();
            lines.addAll(region.start(), replacement);
        }
        changed.forEach((key, value) -> {
            if (!value.isEmpty() || required.contains(key)) {
                lines.addAll(written(new Region(key, 0, 0, "", "", null), value));
            }
        });
        StringBuilder out = new StringBuilder();
        for (String line : lines) out.append(line).append('\n');
        return out.toString();
    }

    private static boolean same(FormValue a, FormValue b) {
        if (a.isEmpty() && b.isEmpty()) return true;
        if (a.isList() != b.isList()) return false;
        return a.isList() ? a.items().equals(b.items()) : a.text().equals(b.text());
    }

    private static List<String> written(Region region, FormValue value) {
        String key = region.key();
        String suffix = region.suffix().isEmpty() || Character.isWhitespace(region.suffix().charAt(0))
                ? region.suffix() : " " + region.suffix();
        if (!value.isList()) {
            String text = value.text().strip();
            return List.of(key + ":" + (text.isEmpty() ? "" : " " + scalar(text, region.value(), false)) + suffix);
        }
        if (region.itemIndent() != null && !value.items().isEmpty()) {
            List<String> out = new ArrayList<>();
            out.add(key + ":" + suffix);
            for (String item : value.items()) out.add(region.itemIndent() + "- " + scalar(item, "", false));
            return out;
        }
        List<String> items = value.items().stream().map(item -> scalar(item, "", true)).toList();
        return List.of(key + ": [" + String.join(", ", items) + "]" + suffix);
    }

    /**
     * {@code text} as a YAML scalar that reads back as the editor typed it: with the quotes the old value
     * had, else plain where that is safe (a number stays a number, so {@code jaar: 2023} stays a year),
     * else in double quotes.
     */
    static String scalar(String text, String old, boolean inFlow) {
        if (old.startsWith("'")) return "'" + text.replace("'", "''") + "'";
        if (old.startsWith("\"")) return doubleQuoted(text);
        if (NUMBER.matcher(text).matches() || DATE.matcher(text).matches()) return text;
        boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(" ") && !WORDS.contains(text.toLowerCase(Locale.ROOT))
                && !(inFlow && text.contains(","));
        return plain ? text : doubleQuoted(text);
    }

    static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c == '\n' || c == '\r' || c == '\t') out.append(' ');
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private static List<Region> regions(List<String> lines) {
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher key = KEY.matcher(lines.get(i));
            if (!key.matches()) continue;
            int end = i + 1;
            String itemIndent = null;
            for (int j = i + 1; j < lines.size(); j++) {
                String line = lines.get(j);
                if (line.isBlank()) continue;
                boolean item = BLOCK_ITEM.matcher(line).matches();
                if (!item && !Character.isWhitespace(line.charAt(0))) break;
                if (item && itemIndent == null && end == j) itemIndent = line.substring(0, line.indexOf('-'));
                end = j + 1;
            }
            String[] valueAndComment = splitComment(key.group(2));
            regions.add(new Region(key.group(1), i, end, valueAndComment[0].strip(), valueAndComment[1],
                    end > i + 1 ? itemIndent : null));
            i = end - 1;
        }
        return regions;
    }

    /** The value written after a key's colon and what follows it: the spaces and comment ({@code  # ...}). */
    private static String[] splitComment(String rest) {
        char quote = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                if (rest.substring(0, i).isBlank()) quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(rest.charAt(i - 1)))) {
                int start = i;
                while (start > 0 && Character.isWhitespace(rest.charAt(start - 1))) start--;
                // the spaces that lined the comment up stay with it
                return new String[] {rest.substring(0, start), rest.substring(start)};
            }
        }
        return new String[] {rest, ""};
    }
}
