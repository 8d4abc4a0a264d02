package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The analyzer finds words without a regex; it must find exactly what its TOKEN pattern (and search.js) does. */
class WordCharTest {
    @Test
    void everyCodePointIsAWordCharacterExactlyWhenTheTokenPatternSaysSo() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) continue;
            boolean byPattern = Analyzer.TOKEN.matcher(new String(Character.toChars(c))).matches();
            if (Analyzer.isWordChar(c) != byPattern) {
                assertThat(Analyzer.isWordChar(c)).as("U+%04X", c).isEqualTo(byPattern);
            }
        }
    }

    @Test
    void aTextGivesTheTermsOfTheWordsThePatternFinds() {
        String text = "Coördinatie, ’s-Hertogenbosch en café's: 2025-regels\u00a0voor e\u0301e\u0301n 𝒳-as en ĳs.";
        Analyzer analyzer = Analyzer.of("nl");
        List<String> expected = new ArrayList<>();
        Matcher m = Analyzer.TOKEN.matcher(text);
        while (m.find()) {
            String term = Analyzer.of("nl").term(m.group());
            if (term != null) expected.add(term);
        }
        assertThat(analyzer.terms(text)).isNotEmpty().isEqualTo(expected);
    }
}
