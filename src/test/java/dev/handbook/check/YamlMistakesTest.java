package dev.handbook.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML mistakes editors make, each told in the handbook's language at its line, with the line
 * itself and a caret, and never in the parser's English.
 */
class YamlMistakesTest {
    private static final List<String> PARSER_WORDS = List.of("mapping values", "while parsing", "expected <",
            "found character", "could not find expected", "while scanning", "found unexpected");

    @TempDir
    Path dir;

    Path source;

    @BeforeEach
    void writeHandbook() {
        Map<String, String> files = new TreeMap<>();
        files.put("handbook.yml", """
                title: Proef
                language: nl
                types:
                  casus: { label: Casus, plural: Casussen }
                fields:
                  thema: { label: Thema, multiple: true, values: { a: A, b: B } }
                """);
        files.put("01-h/index.md", "---\ntitle: Hoofdstuk\n---\nTekst.\n");
        files.put("01-h/01-inspringen.md", "---\ntitle: Inspringen\nthema:\n  - a\n - b\n---\nTekst.\n");
        files.put("01-h/02-sleutel.md", "---\ntitle: Sleutel\n  summary: Te ver\n---\nTekst.\n");
        files.put("01-h/03-tab.md", "---\ntitle: Tab\n\tsummary: Tab ervoor\n---\nTekst.\n");
        files.put("01-h/04-tab-na.md", "---\ntitle:\tTab erna\n---\nTekst.\n");
        files.put("01-h/05-dubbele-punt.md", "---\ntitle: Hoogeveen: de drie dimensies\n---\nTekst.\n");
        files.put("01-h/06-krul.md", "---\ntitle: Krul\nsummary: “Hoogeveen: de drie dimensies”\n---\nTekst.\n");
        files.put("01-h/07-open.md", "---\ntitle: \"Niet gesloten\nsummary: x\n---\nTekst.\n");
        files.put("01-h/08-dubbel.md", "---\ntitle: Een\nsummary: x\ntitle: Twee\n---\nTekst.\n");
        source = Fixtures.write(dir.resolve("content"), files);
        Fixtures.write(dir.resolve("kapot"), Map.of("handbook.yml", "title: Proef\nlanguage: nl\n  edition: 1\n"));
    }

    private Map<String, Problem> byFile() {
        Map<String, Problem> out = new TreeMap<>();
        for (Problem p : Handbooks.check(source, Options.DEFAULT).problems()) {
            if (p.code().startsWith("yaml.")) out.put(p.file().replaceAll(".*/content/", ""), p);
        }
        return out;
    }

    private static String where(Problem p) {
        return p.line() + ":" + p.column() + " " + p.code();
    }

    @Test
    void eachMistakeHasItsOwnCodeAtTheLineWhereItIs() {
        Map<String, Problem> problems = byFile();
        assertThat(problems).hasSize(8);
        assertThat(where(problems.get("01-h/01-inspringen.md"))).isEqualTo("5:2 yaml.indent");
        assertThat(where(problems.get("01-h/02-sleutel.md"))).isEqualTo("3:3 yaml.indent");
        assertThat(where(problems.get("01-h/03-tab.md"))).isEqualTo("3:1 yaml.tab-indent");
        assertThat(where(problems.get("01-h/04-tab-na.md"))).isEqualTo("2:7 yaml.tab-after-colon");
        assertThat(where(problems.get("01-h/05-dubbele-punt.md"))).isEqualTo("2:17 yaml.colon-in-value");
        assertThat(where(problems.get("01-h/06-krul.md"))).isEqualTo("3:10 yaml.curly-quotes");
        assertThat(where(problems.get("01-h/07-open.md"))).isEqualTo("2:8 yaml.unclosed-quote");
        assertThat(where(problems.get("01-h/08-dubbel.md"))).isEqualTo("4:1 yaml.duplicate-key");
    }

    @Test
    void theMessagesSayWhatIsWrongInDutchWithTheLineAndACaret() {
        Messages nl = new Messages("nl");
        Map<String, Problem> problems = byFile();
        assertThat(nl.message(problems.get("01-h/01-inspringen.md")))
                .isEqualTo("regel 5 springt één spatie minder in dan regel 4\n    5 |  - b\n      |  ^");
        assertThat(nl.message(problems.get("01-h/02-sleutel.md"))).startsWith("regel 3 springt 2 spaties meer in dan regel 2\n");
        assertThat(nl.message(problems.get("01-h/03-tab.md")))
                .isEqualTo("regel 3 springt in met een tab; YAML kent alleen spaties om in te springen\n    3 | →summary: Tab ervoor\n      | ^");
        assertThat(nl.message(problems.get("01-h/04-tab-na.md"))).startsWith("op regel 2 staat een tab; na de dubbele punt hoort een spatie");
        assertThat(nl.hint(problems.get("01-h/04-tab-na.md"))).hasValue("Vervang de tab op regel 2 door één spatie.");
        assertThat(nl.message(problems.get("01-h/05-dubbele-punt.md")))
                .isEqualTo("de waarde van ‘title’ op regel 2 bevat een dubbele punt met een spatie erna; zonder aanhalingstekens"
                        + " leest YAML dat als een nieuwe sleutel\n    2 | title: Hoogeveen: de drie dimensies\n      |                 ^");
        assertThat(nl.hint(problems.get("01-h/05-dubbele-punt.md")))
                .hasValue("Zet de tekst tussen rechte aanhalingstekens: title: \"Hoogeveen: de drie dimensies\"");
        assertThat(nl.message(problems.get("01-h/06-krul.md"))).contains("gekrulde aanhalingstekens", "\n    3 | summary: “Hoogeveen");
        assertThat(nl.hint(problems.get("01-h/06-krul.md")))
                .hasValue("Typ rechte aanhalingstekens: summary: \"Hoogeveen: de drie dimensies\"");
        assertThat(nl.message(problems.get("01-h/07-open.md"))).startsWith("het aanhalingsteken \" op regel 2 wordt niet gesloten\n    2 | title: \"Niet");
        assertThat(nl.message(problems.get("01-h/08-dubbel.md")))
                .startsWith("de sleutel ‘title’ staat twee keer in de YAML: op regel 2 en op regel 4\n    4 | title: Twee");
    }

    @Test
    void handbookYmlIsExplainedTheSameWay() {
        List<Problem> problems = Handbooks.check(dir.resolve("kapot"), Options.DEFAULT).problems();
        Problem indent = problems.stream().filter(p -> p.code().startsWith("yaml.")).findFirst().orElseThrow();
        assertThat(where(indent)).isEqualTo("3:3 yaml.indent");
        assertThat(new Messages("nl").message(indent)).startsWith("regel 3 springt 2 spaties meer in dan regel 2");
    }

    @Test
    void noParserEnglishReachesTheEditorButVerboseShowsIt() {
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        for (String language : Language.SUPPORTED) {
            Messages messages = new Messages(language);
            String report = new ProblemReport(messages).text(problems) + new ProblemReport(messages).json(problems);
            for (String words : PARSER_WORDS) assertThat(report).as(language).doesNotContain(words);
        }
        String verbose = new ProblemReport(new Messages("nl"), true).text(problems);
        assertThat(verbose).contains("    technisch: mapping values are not allowed here");
    }

    @Test
    void englishHandbooksGetTheMessagesInEnglish() {
        Problem indent = byFile().get("01-h/01-inspringen.md");
        assertThat(new Messages("en").message(indent)).startsWith("line 5 is indented one space less than line 4\n");
    }
}
