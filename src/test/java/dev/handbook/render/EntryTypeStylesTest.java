package dev.handbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.config.EntryType;
import dev.handbook.config.Rgb;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** entry-types.css: per type a colour, a tint and an icon, readable in light and in dark. */
class EntryTypeStylesTest {
    private static final List<EntryType> TYPES = List.of(
            new EntryType("tip", "Tip", "Tips", List.of()),
            new EntryType("les", "Les", "Lessen", List.of()),
            new EntryType("idee", "Idee", "Ideeën", List.of(), "star", Rgb.parse("#6b5200")));

    private static String css() {
        return EntryTypeStyles.css(TYPES, Theme.of(Path.of("does-not-exist"), null));
    }

    @Test
    void everyTypeGetsItsColourTintAndIconForItsBoxesItemsAndBadges() {
        String css = css();
        assertThat(css).contains(".handbook-entry--tip, .handbook-entry-header--tip, .handbook-listing__item--tip, .handbook-result__badge--tip {\n"
                + "  --handbook-entry-type-color: #0b6a60;");
        assertThat(css).contains("--handbook-entry-type-color: #6b5200;");
        assertThat(Pattern.compile("--handbook-entry-type-icon: url\\(\"data:image/svg\\+xml;base64,").matcher(css).results().count())
                .isEqualTo(3);
    }

    @Test
    void textInTheTypeColourIsReadableOnItsTintInLightAndInDark() {
        Matcher pairs = Pattern.compile("(:root[^{]*?)?\\.handbook-entry--(\\w+)[^{]*\\{\\n  --handbook-entry-type-color: (#\\w{6});\\n"
                + "  --handbook-entry-type-background-color: (#\\w{6});").matcher(css());
        int found = 0;
        while (pairs.find()) {
            Rgb text = Rgb.parse(pairs.group(3));
            Rgb tint = Rgb.parse(pairs.group(4));
            Rgb page = pairs.group(1) == null ? Rgb.WHITE : EntryTypeStyles.DARK_BACKGROUND;
            assertThat(text.contrast(tint)).as("%s %s on its tint", pairs.group(2), pairs.group(1)).isGreaterThanOrEqualTo(4.5);
            assertThat(text.contrast(page)).as("%s %s on the page", pairs.group(2), pairs.group(1)).isGreaterThanOrEqualTo(4.5);
            found++;
        }
        assertThat(found).as("light, dark by system, dark by toggle").isEqualTo(9);
    }
}
