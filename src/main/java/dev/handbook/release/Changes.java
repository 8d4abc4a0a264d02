package dev.handbook.release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in an edition against the one before: pages and entries added, removed and changed,
 * each changed one with its word-level difference. A page that moved and names its old address in
 * {@code aliases} counts as the same page.
 *
 * @param previous the version compared against, or null for a first edition
 */
public record Changes(String previous, List<ContentItem> added, List<ContentItem> removed, List<Changed> changed) {
    public record Changed(ContentItem before, ContentItem after, List<WordDiff.Segment> diff) {}

    public Changes {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static Changes first() {
        return new Changes(null, List.of(), List.of(), List.of());
    }

    /**
     * @param aliases the current item's key by each old address that a page of this edition replaces
     */
    public static Changes between(String previous, List<ContentItem> before, List<ContentItem> after,
            Map<String, String> aliases) {
        Map<String, ContentItem> current = new LinkedHashMap<>();
        for (ContentItem item : after) current.putIfAbsent(item.key(), item);
        // First what kept its address, then what moved: an alias never takes a page that is still there.
        Map<ContentItem, ContentItem> pairs = new LinkedHashMap<>();
        Set<String> matched = new HashSet<>();
        for (ContentItem old : before) {
            ContentItem now = current.get(old.key());
            if (now != null && now.kind().equals(old.kind()) && matched.add(now.key())) pairs.put(old, now);
        }
        List<ContentItem> removed = new ArrayList<>();
        for (ContentItem old : before) {
            if (pairs.containsKey(old)) continue;
            ContentItem renamed = aliases.containsKey(old.key()) ? current.get(aliases.get(old.key())) : null;
            if (renamed != null && renamed.kind().equals(old.kind()) && matched.add(renamed.key())) {
                pairs.put(old, renamed);
            } else {
                removed.add(old);
            }
        }
        Map<String, Changed> changed = new LinkedHashMap<>();
        pairs.forEach((old, now) -> {
            if (!now.hash().equals(old.hash()) || !now.path().equals(old.path())) {
                // the heading shows the title; the difference repeats it only when it changed
                boolean retitled = !now.title().equals(old.title());
                changed.put(now.key(), new Changed(old, now, WordDiff.of(
                        (retitled ? old.title() + "\n" : "") + old.text(), (retitled ? now.title() + "\n" : "") + now.text())));
            }
        });
        List<ContentItem> added = after.stream().filter(i -> !matched.contains(i.key())).toList();
        List<Changed> inOrder = after.stream().map(i -> changed.get(i.key())).filter(c -> c != null).toList();
        return new Changes(previous, added, removed, inOrder);
    }

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
