package dev.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A handbook.yml that cannot be read is its only problem; one without a title is an error. */
class ConfigProblemsTest {
    @TempDir
    Path dir;

    private List<Problem> check(String settings) {
        Path source = Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", settings,
                "index.md", "---\ntitle: Home\n---\n::: tip Een tip\nTekst.\n:::\n",
                "01-h/index.md", "---\ntitle: Casus\ntype: casus\nregio: Noord\n---\nTekst.\n"));
        return Handbooks.check(source, Options.DEFAULT).problems();
    }

    private static final String TYPES = "types:\n  tip: { label: Tip, plural: Tips }\n"
            + "  casus: { label: Casus, plural: Casussen }\nfields:\n  regio: { label: Regio, type: text }\n";

    @Test
    void theSettingsAsDeclaredGiveNoProblems() {
        assertThat(check("title: Proef\n" + TYPES)).isEmpty();
    }

    @Test
    void aMissingBraceIsTheOnlyProblem() {
        List<Problem> problems = check("title: Proef\n" + TYPES.replace("Tips }", "Tips"));
        assertThat(problems).extracting(Problem::code, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("yaml.unclosed-bracket", 3));
        assertThat(problems.get(0).file()).endsWith("handbook.yml");
    }

    @Test
    void settingsThatAreNoMapAreTheOnlyProblem() {
        assertThat(check("- title: Proef\n")).extracting(Problem::code).containsExactly("config.not-a-map");
    }

    @Test
    void anEmptyHandbookYmlLacksItsTitle() {
        assertThat(check("")).extracting(Problem::code, Problem::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("config.title-missing", dev.handbook.check.Severity.ERROR));
        assertThat(check("# alleen commentaar\n")).extracting(Problem::code).contains("config.title-missing");
    }

    @Test
    void settingsWithoutATitleAreAnError() {
        assertThat(check("language: nl\n" + TYPES)).extracting(Problem::code, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("config.title-missing", 1));
    }

    @Test
    void aMissingFileOfAbbreviationsIsAnErrorAtItsLine() {
        List<Problem> problems = check("title: Proef\nabbreviations: includes/afkortingen.md\n" + TYPES);
        assertThat(problems).extracting(Problem::code, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("config.abbreviations-missing", 2));
        assertThat(problems.get(0).file()).endsWith("handbook.yml");
        assertThat(problems.get(0).args()).containsExactly("includes/afkortingen.md");
        // a path out of the content folder is no file of the handbook either
        assertThat(check("title: Proef\nabbreviations: ../buiten.md\n" + TYPES)).extracting(Problem::code)
                .containsExactly("config.abbreviations-missing");
    }

    @Test
    void aWrongIsbnAndAMissingLogoAreSaidWithTheirLines() {
        List<Problem> problems = check("title: Proef\nisbn: 978-90-12345-67-2\nlogo: beeld/logo.svg\nlicence: CC BY 4.0\n" + TYPES);
        assertThat(problems).extracting(Problem::code, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("config.isbn", 2), org.assertj.core.groups.Tuple.tuple("config.look-file", 3));
        assertThat(check("title: Proef\nisbn: 978-90-12345-67-5\nlicence: CC BY 4.0\n" + TYPES)).isEmpty();
        assertThat(Imprint.validIsbn("90-70002-34-5")).isTrue();
        assertThat(Imprint.validIsbn("90-70002-34-6")).isFalse();
    }

    @Test
    void keepWordsAreSingleWordsAndSearchTakesNoOtherSetting() {
        List<Problem> problems = check("title: Proef\nsearch:\n  keep-words: [hier, \"hier en nu\"]\n  stop-words: [x]\n" + TYPES);
        assertThat(problems).extracting(Problem::code, Problem::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("config.keep-word", 3),
                org.assertj.core.groups.Tuple.tuple("config.unknown-search-key", 4));
        Problem word = problems.stream().filter(p -> p.code().equals("config.keep-word")).findFirst().orElseThrow();
        dev.handbook.check.Messages nl = new dev.handbook.check.Messages("nl");
        assertThat(nl.message(word)).isEqualTo("‘search.keep-words’ bevat ‘hier en nu’, wat geen los woord is");
        assertThat(nl.hint(word)).get().asString().contains("keep-words: [hier, nu]");
        assertThat(check("title: Proef\nsearch: { keep-words: [hier, nu] }\n" + TYPES)).isEmpty();
    }

    @Test
    void aKeptWordThatIsNoStopWordIsAWarningWithItsLine() {
        List<Problem> problems = check("title: Proef\nsearch:\n  keep-words:\n    - nu\n    - welvaart\n    - Hier\n" + TYPES);
        assertThat(problems).extracting(Problem::line, Problem::severity, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, dev.handbook.check.Severity.WARNING, "config.keep-word-not-stop-word"));
        Problem word = problems.get(0);
        assertThat(Path.of(word.file())).endsWith(Path.of("content", "handbook.yml"));
        assertThat(new dev.handbook.check.Messages("nl").message(word))
                .isEqualTo("‘search.keep-words’ bevat ‘welvaart’, wat geen stopwoord is, dus het bewaren verandert niets");
        assertThat(new dev.handbook.check.Messages("nl").hint(word)).get().asString().contains("(nl)", "‘hier’ en ‘nu’");
        assertThat(new dev.handbook.check.Messages("en").message(word))
                .isEqualTo("‘search.keep-words’ holds ‘welvaart’, which is not a stop word, so keeping it changes nothing");
        // the stop words are the handbook's language's: Dutch "hier" keeps nothing in an English handbook
        assertThat(check("title: Proof\nlanguage: en\nsearch: { keep-words: [here, hier] }\n" + TYPES))
                .extracting(Problem::code, Problem::line, p -> p.args().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("config.keep-word-not-stop-word", 3, "hier"));
    }
}
