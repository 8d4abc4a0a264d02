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

    /**
     * A changed block: what it is on the page (a heading shows as a heading) and its run of segments.
     *
     * @param block what the block is, or null when neither edition says (an older edition's deleted line)
     */
    record Block(ContentItem.Block block, List<WordDiff.Segment> segments, List<ListItems.Item> items) {
        /**
         * @param items for a list whose items are known, the segments of each item that changed; else empty
         */
        Block {
            items = List.copyOf(items);
        }

        boolean heading() {
            return block != null && block.heading();
        }
    }

    /** What a changed item shows: its fields' changes, then its changed blocks. */
    record Shown(List<FieldChange> fields, List<Block> blocks) {}

    private final HandbookConfig config;

    ChangeBlocks(HandbookConfig config) {
        this.config = config;
    }

    Shown of(Changes.Changed c) {
        boolean retitled = !c.before().title().equals(c.after().title());
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        List<ContentItem.Block> oldBlocks = new ArrayList<>();
        List<ContentItem.Block> newBlocks = new ArrayList<>();
        if (retitled) {
            // the title's line leads the difference; it is the item's heading already, so it shows as a line
            oldBlocks.add(ContentItem.Block.PARAGRAPH);
            newBlocks.add(ContentItem.Block.PARAGRAPH);
        }
        String oldText = split(c.before(), before, oldBlocks);
        String newText = split(c.after(), after, newBlocks);
        List<WordDiff.Segment> diff = WordDiff.of((retitled ? c.before().title() + "\n" : "") + oldText,
                (retitled ? c.after().title() + "\n" : "") + newText);
        return new Shown(fields(before, after), changedBlocks(diff, oldBlocks, newBlocks));
    }

    /**
     * Takes the lines of declared fields out of the item's text into {@code fields}; the rest is returned,
     * and what each of its lines is goes into {@code blocks} (null where the item does not say).
     */
    private String split(ContentItem item, Map<String, String> fields, List<ContentItem.Block> blocks) {
        List<String> rest = new ArrayList<>();
        String[] lines = item.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FIELD_LINE.matcher(lines[i]);
            if (m.matches() && config.fields().containsKey(m.group(1)) && !fields.containsKey(m.group(1))) {
                fields.put(m.group(1), m.group(2));
            } else {
                rest.add(lines[i]);
                blocks.add(item.block(i));
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

    /**
     * The difference cut at the line breaks between blocks; the blocks without a change are left out.
     * Each block is what its line is in the new edition, or in the old one for a line that went; the
     * lines are counted on each side as the breaks go by (a removed break ends a line of the old text only).
     */
    static List<Block> changedBlocks(List<WordDiff.Segment> diff, List<ContentItem.Block> oldBlocks,
            List<ContentItem.Block> newBlocks) {
        List<Block> blocks = new ArrayList<>();
        List<WordDiff.Segment> block = new ArrayList<>();
        int oldLine = 0;
        int newLine = 0;
        int blockOld = 0;
        int blockNew = 0;
        boolean lineStart = true; // whether the block starts a line of the new text, where a list's items are counted from
        for (WordDiff.Segment s : diff) {
            String[] lines = s.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    blocks.add(shown(block, at(oldBlocks, blockOld), at(newBlocks, blockNew), lineStart));
                    if (s.op() != WordDiff.Op.INSERTED) oldLine++;
                    if (s.op() != WordDiff.Op.DELETED) newLine++;
                    block = new ArrayList<>();
                    blockOld = oldLine;
                    blockNew = newLine;
                    lineStart = s.op() != WordDiff.Op.DELETED;
                }
                if (!lines[i].isEmpty()) block.add(new WordDiff.Segment(s.op(), lines[i]));
            }
        }
        blocks.add(shown(block, at(oldBlocks, blockOld), at(newBlocks, blockNew), lineStart));
        return blocks.stream()
                .filter(b -> b.segments().stream().anyMatch(s -> s.op() != WordDiff.Op.SAME))
                .toList();
    }

    /**
     * A block with words of the new edition is what it is there; one of removed words only, what it was.
     * {@code raw} keeps the blank runs, which a list's items are counted with.
     */
    private static Block shown(List<WordDiff.Segment> raw, ContentItem.Block before, ContentItem.Block after,
            boolean lineStart) {
        List<WordDiff.Segment> segments = raw.stream().filter(s -> !s.text().isBlank()).toList();
        boolean added = segments.stream().anyMatch(s -> s.op() == WordDiff.Op.INSERTED);
        boolean same = segments.stream().anyMatch(s -> s.op() == WordDiff.Op.SAME);
        if (!added && !same) return new Block(before, segments, List.of());
        ContentItem.Block block = after != null || !same ? after : before;
        boolean items = block == after && block != null && block.list() && !block.items().isEmpty() && lineStart;
        return new Block(block, segments, items ? ListItems.changed(raw, block.items()) : List.of());
    }

    private static ContentItem.Block at(List<ContentItem.Block> blocks, int i) {
        return i < blocks.size() ? blocks.get(i) : null;
    }
}
