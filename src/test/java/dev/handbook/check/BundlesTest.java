package dev.handbook.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle speaks both languages alike, and every odd language falls back to the same one. */
class BundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** What an editor may type in handbook.yml or on the command line that the tool does not speak. */
    private static final List<String> ODD = Arrays.asList(null, "", "de", "EN-gb", "EN", "en-GB", "nl-NL", " nl", "fr");

    /** Base names of every bundle that has a Dutch file, found on disk so that a new one is held to this too. */
    private static List<String> dutchBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith("_nl.properties"))
                    .map(f -> f.substring(0, f.length() - "_nl.properties".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    private static Set<String> keys(String baseName, String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/" + baseName.replace('.', '/') + "_" + language + ".properties")) {
            assertThat(in).as(baseName + " in " + language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyDutchKeyHasItsEnglishTwinAndBack() throws IOException {
        List<String> bundles = dutchBundles();
        assertThat(bundles).contains("dev.handbook.check.messages", Bundle.EDITOR, "dev.handbook.release.labels");
        for (String bundle : bundles) {
            assertThat(keys(bundle, "en")).as(bundle).isNotEmpty().isEqualTo(keys(bundle, "nl"));
        }
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<String> english = files.map(Path::toString).filter(f -> f.endsWith("_en.properties")).toList();
            assertThat(english).as("an English bundle without a Dutch one").hasSameSizeAs(bundles);
        }
    }

    @Test
    void supportedLanguagesStayAsTheyAre() {
        assertThat(Language.SUPPORTED).containsExactly("nl", "en");
        for (String language : Language.SUPPORTED) assertThat(Language.supported(language)).isEqualTo(language);
        assertThat(new Messages("en").text("hint")).isEqualTo("fix");
        assertThat(Bundle.editor("en").text("hint")).isEqualTo("hint");
    }

    @Test
    void anOddLanguageGetsDutchFromEveryBundle() throws IOException {
        assertThat(Language.DEFAULT).isEqualTo("nl");
        for (String odd : ODD) {
            assertThat(Language.supported(odd)).as(odd).isEqualTo(Language.DEFAULT);
            for (String bundle : dutchBundles()) {
                // the help is picocli's, which formats it itself and picks its language in HelpLanguage
                if (bundle.equals("dev.handbook.cli.help")) continue;
                Bundle fallback = new Bundle(bundle, odd);
                Bundle dutch = new Bundle(bundle, Language.DEFAULT);
                assertThat(fallback.locale()).as(bundle + " for " + odd).isEqualTo(Locale.forLanguageTag("nl"));
                // numbers, so that a choice can be made and the locale shows in 1.000 against 1,000
                for (String key : keys(bundle, "nl")) {
                    assertThat(fallback.text(key, 1000, 2, 3, 4, 5)).as(bundle + " " + key + " for " + odd)
                            .isEqualTo(dutch.text(key, 1000, 2, 3, 4, 5));
                }
            }
        }
    }

    @Test
    void anOddLanguageGetsDutchProblemsAndEditorSentences() throws IOException {
        for (String odd : ODD) {
            Messages messages = new Messages(odd);
            for (String key : keys("dev.handbook.check.messages", "nl")) {
                assertThat(messages.text(key, "a", "b", "c")).as(key + " for " + odd)
                        .isEqualTo(new Messages(Language.DEFAULT).text(key, "a", "b", "c"));
            }
            assertThat(messages.severity(Severity.ERROR)).isEqualTo("fout");
            assertThat(Bundle.editor(odd).text("serve.bad-port", "70000")).isEqualTo("poort 70000 bestaat niet");
        }
    }
}
