package dev.handbook.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles, summaries and excerpts get the quotes and dashes that bodies get. */
class QuotesTest {
    @Test
    void anApostropheBetweenLettersCurlsAsAClosingQuote() {
        assertThat(Quotes.curl("Acht thema's en auto's")).isEqualTo("Acht thema\u2019s en auto\u2019s");
    }

    @Test
    void quotesOpenAfterASpaceAndCloseBeforeOne() {
        assertThat(Quotes.curl("Het \"gouden\" advies en 'leren' vooraf")).isEqualTo("Het \u201cgouden\u201d advies en \u2018leren\u2019 vooraf");
        assertThat(Quotes.curl("\"Brede welvaart\" in beleid")).isEqualTo("\u201cBrede welvaart\u201d in beleid");
    }

    @Test
    void desAndHetShortenedAreApostrophes() {
        assertThat(Quotes.curl("Naar 's-Hertogenbosch, 's avonds en 't dorp")).isEqualTo("Naar \u2019s-Hertogenbosch, \u2019s avonds en \u2019t dorp");
    }

    @Test
    void dashesAndDotsAsTheBodyHasThem() {
        assertThat(Quotes.curl("Later -- of elders --- en verder...")).isEqualTo("Later \u2013 of elders \u2014 en verder\u2026");
        assertThat(Quotes.curl("Zonder iets bijzonders")).isEqualTo("Zonder iets bijzonders");
        assertThat(Quotes.curl(null)).isNull();
    }
}
