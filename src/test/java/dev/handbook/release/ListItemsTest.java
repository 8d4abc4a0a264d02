package dev.handbook.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.release.WordDiff.Op;
import dev.handbook.release.WordDiff.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A changed list cut at its items' ends, on the new edition's side. */
class ListItemsTest {
    @Test
    void onlyTheChangedItemsAreKeptEachWithItsPlace() {
        // "Appel Peer Kers" became "Appel Pruim Kers"
        List<Segment> diff = WordDiff.of("Appel Peer Kers", "Appel Pruim Kers");
        List<ListItems.Item> items = ListItems.changed(diff, List.of(5, 5, 4));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).index()).isEqualTo(1);
        assertThat(items.get(0).segments()).containsExactly(new Segment(Op.DELETED, "Peer"), new Segment(Op.INSERTED, "Pruim"));
    }

    @Test
    void aRemovedItemGoesWithTheItemAtItsPlace() {
        List<Segment> diff = List.of(new Segment(Op.SAME, "Appel "), new Segment(Op.DELETED, "Peer "), new Segment(Op.SAME, "Kers"));
        List<ListItems.Item> items = ListItems.changed(diff, List.of(5, 4));
        assertThat(items).extracting(ListItems.Item::index).containsExactly(1);
        assertThat(items.get(0).segments()).containsExactly(new Segment(Op.DELETED, "Peer "), new Segment(Op.SAME, "Kers"));
    }

    @Test
    void itemsThatDoNotAddUpToTheLineAreNotCut() {
        List<Segment> diff = WordDiff.of("Appel Peer", "Appel Pruim");
        assertThat(ListItems.changed(diff, List.of(5, 9))).isEmpty();
    }
}
