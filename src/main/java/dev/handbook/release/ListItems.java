package dev.handbook.release;

import java.util.ArrayList;
import java.util.List;

/**
 * A changed list cut into its items. The line of a list is its items' texts joined by a space, and
 * content.json keeps each item's length, so the new edition's side of the difference can be cut where
 * an item ends. Removed words go with the item at whose place they stood: after the item they followed
 * when they ended it, else with the next.
 */
final class ListItems {
    /** A changed item: its place in the list, from 0, and its segments. */
    record Item(int index, List<WordDiff.Segment> segments) {
        Item {
            segments = List.copyOf(segments);
        }
    }

    private ListItems() {}

    /**
     * The segments of each item that changed, in order, without the spaces between items; empty when the
     * new side of {@code segments} is not as long as the items say (then the list shows as one block).
     */
    static List<Item> changed(List<WordDiff.Segment> segments, List<Integer> lengths) {
        int total = lengths.stream().mapToInt(Integer::intValue).sum() + lengths.size() - 1;
        int kept = segments.stream().filter(s -> s.op() != WordDiff.Op.DELETED).mapToInt(s -> s.text().length()).sum();
        if (kept != total) return List.of();
        List<List<WordDiff.Segment>> items = new ArrayList<>();
        for (int i = 0; i < lengths.size(); i++) items.add(new ArrayList<>());
        int item = 0;
        int start = 0; // where the current item starts in the new text
        int position = 0;
        for (WordDiff.Segment s : segments) {
            if (s.op() == WordDiff.Op.DELETED) {
                items.get(item).add(s);
                continue;
            }
            String text = s.text();
            while (!text.isEmpty()) {
                int end = start + lengths.get(item);
                if (position >= end) {
                    // the space between this item and the next
                    text = text.substring(1);
                    position++;
                    start = end + 1;
                    item++;
                    continue;
                }
                int take = Math.min(text.length(), end - position);
                items.get(item).add(new WordDiff.Segment(s.op(), text.substring(0, take)));
                text = text.substring(take);
                position += take;
            }
        }
        List<Item> changed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<WordDiff.Segment> shown = items.get(i).stream().filter(s -> !s.text().isBlank()).toList();
            if (shown.stream().anyMatch(s -> s.op() != WordDiff.Op.SAME)) changed.add(new Item(i, shown));
        }
        return changed;
    }
}
