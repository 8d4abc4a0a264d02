package dev.handbook.render.pebble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unbescape.html.HtmlEscape;

/** The site's bytes must not change with the escaper: it is held to Pebble's own, unbescape's. */
class HtmlEscapingTest {
    private final HtmlEscaping escaping = new HtmlEscaping();

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text", "Thema's & \"kaders\" <b>", "&amp; al ontsnapt", "é ’ € \u00a0 \t\n\r \u0000 \ud83d\ude00",
            "<script>alert('x')</script>", "a>b", "'"})
    void escapesAsPebblesOwnEscaperDoes(String text) {
        assertThat(escaping.escape(text)).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
    }

    @Test
    void escapesRandomTextAsPebblesOwnEscaperDoes() {
        Random random = new Random(20261204);
        String alphabet = "ab &<>\"'#;éë’\u00a0\n\ud83d\ude00";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertThat(escaping.escape(text.toString())).as(text.toString()).isEqualTo(HtmlEscape.escapeHtml4Xml(text.toString()));
        }
    }

    @Test
    void textWithoutMarkupIsGivenBackAsItIs() {
        String text = "Brede welvaart in beleid";
        assertThat(escaping.escape(text)).isSameAs(text);
    }
}
