package dev.handbook.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlugsTest {
    /** The ordering prefix as the content format defines it. */
    private static final Pattern PREFIX = Pattern.compile("^(\\d+)[-_. ]+(?=.)");

    @Test
    void namesAndTitlesBecomeSlugs() {
        assertThat(Slugs.slug("Één regio, één aanpak")).isEqualTo("een-regio-een-aanpak");
        assertThat(Slugs.slug("de-regio")).isEqualTo("de-regio");
        assertThat(Slugs.slug("--De  Regio--")).isEqualTo("de-regio");
        assertThat(Slugs.fromFileName("02-de-regio.md")).isEqualTo("de-regio");
        assertThat(Slugs.fromFileName("2024.md")).isEqualTo("2024");
        assertThat(Slugs.fromFileName("03_Brede Welvaart.md")).isEqualTo("brede-welvaart");
        assertThat(Slugs.prefix("02-de-regio.md")).isEqualTo(2);
        assertThat(Slugs.prefix("de-regio.md")).isNull();
        assertThat(Slugs.prefix("12345678901-x")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void thePrefixIsFoundAsTheFormatDefinesIt() {
        Random random = new Random(7);
        String alphabet = "0123456789-_. aZé";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(7);
            for (int j = 0; j < length; j++) name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = name.toString();

            Matcher m = PREFIX.matcher(text);
            Integer expected = m.find() ? (m.group(1).length() > 9 ? Integer.MAX_VALUE : Integer.valueOf(m.group(1))) : null;
            assertThat(Slugs.prefix(text)).as(text).isEqualTo(expected);
            String base = PREFIX.matcher(text).replaceFirst("");
            String slug = Slugs.slug(base);
            assertThat(Slugs.fromFileName(text + ".md")).as(text).isEqualTo(slug.isEmpty() ? Slugs.slug(text) : slug);
        }
    }
}
