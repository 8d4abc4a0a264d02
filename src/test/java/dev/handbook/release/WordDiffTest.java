package dev.handbook.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.release.WordDiff.Op;
import dev.handbook.release.WordDiff.Segment;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void aChangedWordIsOneRemovalAndOneAdditionWithTheRestKept() {
        assertThat(WordDiff.of("Maak een leeragenda per kwartaal en bespreek die.",
                "Maak een leeragenda per half jaar en bespreek die.")).containsExactly(
                new Segment(Op.SAME, "Maak een leeragenda per "),
                new Segment(Op.DELETED, "kwartaal "),
                new Segment(Op.INSERTED, "half jaar "),
                new Segment(Op.SAME, "en bespreek die."));
    }

    @Test
    void addedWordsAloneAreAnAdditionWithoutAnEmptyRemoval() {
        assertThat(WordDiff.of("De doelen zijn helder.", "De doelen zijn scherp en helder.")).containsExactly(
                new Segment(Op.SAME, "De doelen zijn "),
                new Segment(Op.INSERTED, "scherp en "),
                new Segment(Op.SAME, "helder."));
    }

    @Test
    void punctuationIsAWordOfItsOwn() {
        assertThat(WordDiff.of("Klaar.", "Klaar!")).containsExactly(
                new Segment(Op.SAME, "Klaar"), new Segment(Op.DELETED, "."), new Segment(Op.INSERTED, "!"));
    }

    @Test
    void longUnchangedStretchesKeepOnlyTheWordsNextToAChange() {
        String text = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig";
        assertThat(ChangesHtml.shorten(text, true, false)).isEqualTo("een twee drie vier vijf zes zeven acht …");
        assertThat(ChangesHtml.shorten(text, false, true)).isEqualTo("… dertien veertien vijftien zestien zeventien achttien negentien twintig");
        assertThat(ChangesHtml.shorten("kort en klein", true, true)).isEqualTo("kort en klein");
    }
}
