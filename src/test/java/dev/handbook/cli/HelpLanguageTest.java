package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --help} in whole sentences, in the handbook's language inside a handbook, else the system's. */
class HelpLanguageTest {
    static final List<String> COMMANDS = List.of("build", "check", "serve", "new", "release", "verify", "schema");

    @TempDir
    Path dir;

    private Path handbook(String language) {
        return Fixtures.write(dir.resolve(language), Map.of("handbook.yml", "title: Proef\nlanguage: " + language + "\n"));
    }

    @Test
    void insideAHandbookTheHelpSpeaksItsLanguage() {
        String nl = CommandRun.of("new", "--help", "--source", handbook("nl").toString()).out();
        assertThat(nl).contains("Gebruik: handbook new", "Begint een nieuwe pagina van een soort bijdrage.",
                "Toon deze hulp en stop.", "nooit naar een bijlage", "Opties:");
        String en = CommandRun.of("new", "--help", "--source", handbook("en").toString()).out();
        assertThat(en).contains("Usage: handbook new", "Starts a new page of an entry type.", "Show this help and exit.");
    }

    @Test
    void outsideAHandbookTheSystemsLanguageDecidesDutchOrElseEnglish() {
        String[] args = {"--help", "--source", dir.resolve("nergens").toString()};
        assertThat(HelpLanguage.of(args, Locale.forLanguageTag("nl-NL"))).isEqualTo("nl");
        assertThat(HelpLanguage.of(args, Locale.ENGLISH)).isEqualTo("en");
        assertThat(HelpLanguage.of(args, Locale.FRENCH)).isEqualTo("en");
        assertThat(HelpLanguage.of(new String[] {"--help", "--source", handbook("en").toString()}, Locale.forLanguageTag("nl")))
                .isEqualTo("en");
    }

    @Test
    void theOverviewSaysWhatEachCommandDoesInAWholeSentence() {
        // the working folder holds the sample handbook, in Dutch
        String out = CommandRun.of("--help").out();
        String commands = out.substring(out.indexOf("Opdrachten:"));
        for (String command : COMMANDS) {
            String line = commands.lines().filter(l -> l.startsWith("  " + command + " ")).findFirst().orElseThrow();
            // one line, a sentence that ends: no summary stops mid-sentence
            assertThat(line.strip()).as(command).endsWith(".");
        }
        for (String language : List.of("nl", "en")) {
            java.util.ResourceBundle bundle = HelpLanguage.bundle(new String[] {"--source", handbook(language).toString()}, Locale.ROOT);
            assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
            for (String command : COMMANDS) {
                assertThat(bundle.getString("handbook." + command + ".usage.header")).as(language + " " + command)
                        .endsWith(".").hasSizeLessThanOrEqualTo(68);
            }
        }
    }

    @Test
    void everyCommandsHelpIsTranslated() {
        Path nl = handbook("nl");
        for (String command : COMMANDS) {
            String out = CommandRun.of(command, "--help", "--source", nl.toString()).out();
            assertThat(out).as(command).contains("Gebruik: handbook " + command, "Afsluitcodes:")
                    .doesNotContain("Show this help", "Exit codes");
        }
    }
}
