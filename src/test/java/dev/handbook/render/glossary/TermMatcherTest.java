package dev.handbook.render.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words are a use of a glossary term: Dutch inflections by their stem, short words and stop words as written. */
class TermMatcherTest {
    private static final List<Term> TERMS = List.of(
            new Term("Kapitaal", "begrip-kapitaal", "Voorraad.", List.of("Kapitaal"), false),
            new Term("Les", "begrip-les", "Inzicht.", List.of("Les"), false),
            new Term("Hier en nu", "begrip-hier-en-nu", "Dimensie.", List.of("Hier en nu"), false),
            new Term("Brede welvaart", "begrip-brede-welvaart", "Kwaliteit van leven.", List.of("Brede welvaart"), false),
            new Term("Community of practice (CoP)", "begrip-cop", "Groep.", List.of("Community of practice (CoP)", "Community of practice", "CoP"), false));

    private static List<String> found(String text) {
        return new TermMatcher(TERMS, "nl").find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void inflectionsAreUsesOfTheTerm() {
        assertThat(found("De vier kapitalen en het kapitaal.")).containsExactly("kapitalen", "kapitaal");
        assertThat(found("Over Brede Welvaart.")).containsExactly("Brede Welvaart");
    }

    @Test
    void shortWordsAndStopWordsMustStandAsWritten() {
        assertThat(found("Lees de les.")).containsExactly("les");
        assertThat(found("Hier en nu, maar niet hier of nu.")).containsExactly("Hier en nu");
    }

    @Test
    void theLongestTermWinsAndAnAbbreviationInParenthesesIsAVariant() {
        assertThat(found("Een community of practice, kortweg een CoP.")).containsExactly("community of practice", "CoP");
    }
}
