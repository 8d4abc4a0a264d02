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
    void aKeptStopWordIsATermAndNoLongerPartOfPhrases() {
        Analyzer kept = Analyzer.of("nl", java.util.List.of("Nu"));
        assertThat(kept.terms("hier en nu")).containsExactly("nu");
        assertThat(kept.termsWithPhrases("hier en nu")).containsExactly("nu", "hier en");
        assertThat(StopWords.of("nl", java.util.List.of("nu"))).doesNotContain("nu").contains("hier");
    }
}
