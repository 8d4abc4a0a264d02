package dev.handbook.release;

import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A changed item read for people: its fields compared by their labels ("Thema: A → B") instead of as
 * the {@code key: value} lines its text keeps them in, and the word difference of the rest cut into
 * the blocks (paragraphs, headings, list items) it was made of, only those that changed, so that each
 * change stays in its sentence. The stored text keeps its form, so the digests of earlier editions hold.
 */
final class ChangeBlocks {
    private static final Pattern FIELD_LINE = Pattern.compile("([a-z0-9][a-z0-9_-]*): (.*)");

    /** A field whose values changed, as labels; an empty side is a field that was not there. */
    record FieldChange(String label, String before, String after) {}

    /** What a changed item shows: its fields' changes, then its changed blocks, each a run of segments. */
    record Shown(List<FieldChange> fields, List<List<WordDiff.Segment>> blocks) {}

    private final HandbookConfig config;

    ChangeBlocks(HandbookConfig config) {
        this.config = config;
    }

    Shown of(Changes.Changed c) {
        boolean retitled = !c.before().title().equals(c.after().title());
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        String oldText = split(c.before().text(), before);
        String newText = split(c.after().text(), after);
        List<WordDiff.Segment> diff = WordDiff.of((retitled ? c.before().title() + "\n" : "") + oldText,
                (retitled ? c.after().title() + "\n" : "") + newText);
        return new Shown(fields(before, after), changedBlocks(diff));
    }

    /** Takes the lines of declared fields out of {@code text} into {@code fields}; the rest is returned. */
    private String split(String text, Map<String, String> fields) {
        List<String> rest = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = FIELD_LINE.matcher(line);
            if (m.matches() && config.fields().containsKey(m.group(1)) && !fields.containsKey(m.group(1))) {
                fields.put(m.group(1), m.group(2));
            } else {
                rest.add(line);
            }
        }
        return String.join("\n", rest);
    }

    private List<FieldChange> fields(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            String was = before.getOrDefault(key, "");
            String is = after.getOrDefault(key, "");
            if (Objects.equals(was, is)) continue;
            FieldSpec spec = config.fields().get(key);
            changes.add(new FieldChange(spec.label(), labels(spec, was), labels(spec, is)));
        }
        return changes;
    }

    private static String labels(FieldSpec spec, String values) {
        if (values.isEmpty()) return "";
        return String.join(", ", java.util.Arrays.stream(values.split(", ")).map(spec::labelOf).toList());
    }

    /** The difference cut at the line breaks between blocks; the blocks without a change are left out. */
    static List<List<WordDiff.Segment>> changedBlocks(List<WordDiff.Segment> diff) {
        List<List<WordDiff.Segment>> blocks = new ArrayList<>();
        List<WordDiff.Segment> block = new ArrayList<>();
        blocks.add(block);
        for (WordDiff.Segment s : diff) {
            String[] lines = s.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    block = new ArrayList<>();
                    blocks.add(block);
                }
                if (!lines[i].isBlank()) block.add(new WordDiff.Segment(s.op(), lines[i]));
            }
        }
        return blocks.stream().filter(b -> b.stream().anyMatch(s -> s.op() != WordDiff.Op.SAME)).toList();
    }
}
