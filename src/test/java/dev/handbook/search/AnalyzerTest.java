package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Index terms: folded, without stop words, stemmed with Snowball in the handbook's language. */
class AnalyzerTest {
    @Test
    void dutchFormsOfAWordShareATerm() {
        Analyzer nl = Analyzer.of("nl");
        assertThat(nl.terms("gemeente gemeenten Gemeentelijke")).containsOnly("gemeent");
        assertThat(nl.terms("werken werk")).containsOnly("werk");
        assertThat(nl.term("Coördinatie")).isEqualTo(nl.term("coordinatie"));
    }

    @Test
    void stopWordsAndSingleLettersAreLeftOut() {
        assertThat(Analyzer.of("nl").terms("De regio en de gemeente, u en ik: a b")).containsExactly("regio", "gemeent");
        assertThat(Analyzer.of("en").terms("The region and the municipalities")).containsExactly("region", "municip");
    }

    @Test
    void wordsSplitAtPunctuationAndKeepTheirAccentsTogether() {
        Analyzer nl = Analyzer.of("nl");
        assertThat(nl.terms("sociaal-economisch café’s 2023")).containsExactly("sociaal", "economisch", nl.term("cafe"), "2023");
    }

    @Test
    void englishHandbooksStemInEnglish() {
        assertThat(Analyzer.of("en").terms("working works worked")).containsOnly("work");
    }

    @Test
    void runsOfStopWordsInTitlesArePhraseTermsOfTwoOrThreeWords() {
        assertThat(Analyzer.of("nl").termsWithPhrases("Acht thema’s voor hier en nu"))
                .containsExactly("acht", "thema", "voor hier", "voor hier en", "hier en", "hier en nu", "en nu");
        assertThat(Analyzer.of("nl").termsWithPhrases("Brede welvaart")).containsExactly("bred", "welvaart");
    }

    @Test
    void aTitleHasEachOfItsStopWordsAsATermOfItsOwnAndTheOneItOpensWith() {
        Analyzer nl = Analyzer.of("nl");
        assertThat(nl.titleTerms("Wat is een leeragenda?"))
                .containsExactly(nl.term("leeragenda"), " wat", "^wat", " is", " een", "wat is", "wat is een", "is een");
        // "u" is too short to be a word of its own; a stop word inside a title is no opening one
        assertThat(nl.titleTerms("Vertel u wat")).containsExactly("vertel", " wat", "u wat");
        // the space keeps a stop word apart from a stem spelt like it: "meten" gives "met"
        assertThat(nl.titleTerms("Meten met maat")).contains("met", " met").doesNotContain("^met");
        // contexts and bodies get none of them
        assertThat(nl.termsWithPhrases("Wat is een leeragenda?")).noneMatch(t -> t.startsWith(" ") || t.startsWith("^"));
    }

    @Test
    void aKeptStopWordIsATermAndNoLongerPartOfPhrases() {
        Analyzer kept = Analyzer.of("nl", java.util.List.of("Nu"));
        assertThat(kept.terms("hier en nu")).containsExactly("nu");
        assertThat(kept.termsWithPhrases("hier en nu")).containsExactly("nu", "hier en");
        assertThat(StopWords.of("nl", java.util.List.of("nu"))).doesNotContain("nu").contains("hier");
    }
}
