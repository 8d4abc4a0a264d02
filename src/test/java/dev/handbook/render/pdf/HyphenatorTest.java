package dev.handbook.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Liang's algorithm over the hyph-nl patterns, on Dutch words of the kind the handbook is made of. */
class HyphenatorTest {
    private final Hyphenator dutch = Hyphenator.dutch();

    @Test
    void compoundsBreakAtTheirPartsAndSyllables() {
        assertThat(dutch.hyphenate("gebiedsgericht", "-")).isEqualTo("ge-bieds-ge-richt");
        assertThat(dutch.hyphenate("samenwerkingsverband", "-")).isEqualTo("sa-men-wer-kings-ver-band");
        assertThat(dutch.hyphenate("beleidsnota", "-")).isEqualTo("be-leids-no-ta");
    }

    @Test
    void theLinkingSStaysWithThePartBeforeIt() {
        // the patterns alone give "wel-vaart-s-pa-ra-graaf"
        assertThat(dutch.hyphenate("welvaartsparagraaf", "-")).isEqualTo("wel-vaarts-pa-ra-graaf");
        // a lone vowel is a syllable
        assertThat(dutch.hyphenate("eieren", "-")).isEqualTo("ei-e-ren");
    }

    @Test
    void theExceptionListWinsAndCapitalsAndAccentsAreKept() {
        assertThat(dutch.hyphenate("aandachtstrekker", "-")).isEqualTo("aan-dachts-trek-ker");
        assertThat(dutch.hyphenate("Groningen", "-")).isEqualTo("Gro-nin-gen");
        assertThat(dutch.hyphenate("geïnteresseerd", "-")).isEqualTo("ge-ïn-te-res-seerd");
        assertThat(dutch.hyphenate("ideeën", "-")).isEqualTo("idee-ën");
    }

    @Test
    void noPartIsShorterThanTwoLetters() {
        for (String word : new String[] {"abonnement", "ooievaar", "overeenkomst", "educatie", "akte"}) {
            String parts = dutch.hyphenate(word, "-");
            assertThat(parts.split("-")[0]).as(parts).hasSizeGreaterThanOrEqualTo(2);
            assertThat(parts.substring(parts.lastIndexOf('-') + 1)).as(parts).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void softHyphensGoIntoLongWordsButNotIntoAddressesOrShortWords() {
        String text = SoftHyphens.hyphenate("De welvaartsparagraaf, zie https://example.nl/gebiedsgericht of brede.", dutch);
        assertThat(text).isEqualTo("De wel\u00ADvaarts\u00ADpa\u00ADra\u00ADgraaf, zie https://example.nl/gebiedsgericht of brede.");
    }
}
