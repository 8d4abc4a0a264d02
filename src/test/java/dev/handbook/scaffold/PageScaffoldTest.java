package dev.handbook.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/** {@code new}: a page of every declared type, with every field its type requires, that the checker accepts once filled in. */
class PageScaffoldTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    /** A handbook whose types between them require a field of every kind. */
    static final String CONFIG = """
            title: Proef
            language: nl
            types:
              les:     { label: Les, plural: Lessen, required: [thema] }
              tip:     { label: Tip, plural: Tips }
              casus:   { label: Casus, plural: Casussen, required: [schaal, jaar, regio] }
              meting:  { label: Meting, plural: Metingen, required: [aantal, peildatum] }
            fields:
              thema:     { label: Thema, multiple: true, values: { wonen: Wonen, werk: Werk } }
              schaal:    { label: Schaal, values: { lokaal: Lokaal, regionaal: Regionaal } }
              jaar:      { label: Jaar, type: year }
              regio:     { label: Regio, type: text }
              aantal:    { label: Aantal, type: number }
              peildatum: { label: Peildatum, type: date }
            """;

    /** What an editor would fill in for each field, as YAML. */
    static final Map<String, String> FILLED = Map.of(
            "thema", "[wonen, werk]", "schaal", "lokaal", "jaar", "2024", "regio", "Drenthe",
            "aantal", "12", "peildatum", "2025-05-01");

    @TempDir
    Path dir;

    Path source;

    @BeforeEach
    void handbook() {
        source = Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", CONFIG,
                "index.md", "---\ntitle: Start\n---\nWelkom.\n",
                "01-begin/index.md", "---\ntitle: Begin\n---\n",
                "01-begin/01-eerste.md", "---\ntitle: Eerste\n---\nTekst.\n",
                "01-begin/02-tweede.md", "---\ntitle: Tweede\n---\nTekst.\n",
                "02-praktijk/index.md", "---\ntitle: Praktijk\n---\n",
                "02-praktijk/01-uitleg/index.md", "---\ntitle: Uitleg\n---\n"));
    }

    @ParameterizedTest
    @CsvSource({
        "les, thema",
        "tip, ''",
        "casus, schaal jaar regio",
        "meting, aantal peildatum",
    })
    void everyDeclaredTypeGetsAPageWithEveryFieldItRequires(String type, String required) throws Exception {
        List<String> fields = required.isBlank() ? List.of() : List.of(required.split(" "));
        String title = "Wat: \"werkt\" in de wijk?";
        PageScaffold.Created created = new PageScaffold(source, TODAY).create(type, title, "01-begin");

        assertThat(created.file()).isEqualTo(source.resolve("01-begin/03-wat-werkt-in-de-wijk.md"));
        assertThat(created.fieldsToFill()).containsExactlyElementsOf(fields);
        String text = Files.readString(created.file());
        Map<String, Object> front = frontMatter(text);
        assertThat(front).containsEntry("title", title).containsEntry("type", type).containsEntry("updated", "2025-06-02");
        assertThat(front.keySet()).containsAll(fields);
        for (String field : fields) assertThat(front.get(field)).as(field).isIn("", List.of());

        // every empty field is an error at its own line; the empty summary and the sample body are
        // warnings (errors in a release), and nothing else is wrong with the page
        List<Problem> problems = problemsOf(created.file());
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        assertThat(errors).hasSize(fields.size()).allSatisfy(p -> assertThat(p.code()).isEqualTo("entry.required-field-empty"));
        for (String field : fields) {
            assertThat(errors).anySatisfy(p -> assertThat(p.line()).isEqualTo(lineOf(text, field + ":")));
        }
        assertThat(problems.stream().filter(p -> !p.isError()))
                .extracting(p -> p.line() + " " + p.code())
                .containsExactly(lineOf(text, "summary:") + " frontmatter.summary-empty",
                        lineOf(text, "Schrijf hier") + " page.placeholder");

        // filled in as the comments say, the page passes every check
        String filled = text.replace("summary: \"\"", "summary: Waar het over gaat.")
                .replaceFirst("Schrijf hier de tekst van deze [a-z]+\\.", "De tekst.");
        for (String field : fields) filled = filled.replaceFirst("(?m)^" + field + ":( \\[\\])?", field + ": " + FILLED.get(field));
        Files.writeString(created.file(), filled);
        assertThat(problemsOf(created.file())).isEmpty();
    }

    @Test
    void theCommentsListWhatEachFieldAllows() throws Exception {
        Path meting = new PageScaffold(source, TODAY).create("meting", "Meten", null).file();
        Path casus = new PageScaffold(source, TODAY).create("casus", "Drenthe", null).file();
        Path les = new PageScaffold(source, TODAY).create("les", "Leren", null).file();
        assertThat(line(les, "thema:")).contains("[]", "wonen, werk");
        assertThat(line(casus, "schaal:")).contains("kies één", "lokaal, regionaal");
        assertThat(line(casus, "jaar:")).contains("jaartal", "2025");
        assertThat(line(casus, "regio:")).contains("tekst");
        assertThat(line(meting, "aantal:")).contains("getal");
        assertThat(line(meting, "peildatum:")).contains("JJJJ-MM-DD");
        assertThat(Files.readString(casus)).contains("Schrijf hier de tekst van deze casus.");
    }

    @Test
    void withoutAChapterThePageGoesIntoTheLastChapterWithTheNextNumber() throws Exception {
        Path file = new PageScaffold(source, TODAY).create("tip", "Een tip", null).file();
        assertThat(file).isEqualTo(source.resolve("02-praktijk/02-een-tip.md"));
    }

    @Test
    void withoutAChapterThePageNeverGoesIntoAnAppendix() throws Exception {
        Fixtures.write(source, Map.of(
                "03-naslag/index.md", "---\ntitle: Naslag\nappendix: true\n---\n",
                "03-naslag/01-bronnen.md", "---\ntitle: Bronnen\n---\nTekst.\n",
                "10-bijlagen/index.md", "---\ntitle: Bijlagen\n---\n",
                "10-bijlagen/01-colofon.md", "---\ntitle: Colofon\n---\nTekst.\n"));
        Path file = new PageScaffold(source, TODAY).create("tip", "Begin klein", null).file();
        assertThat(file).isEqualTo(source.resolve("02-praktijk/02-begin-klein.md"));
        // nor where most tips are, when that is an appendix
        Fixtures.write(source, Map.of("10-bijlagen/02-tip.md", "---\ntitle: Een tip\ntype: tip\n---\nTekst.\n"));
        assertThat(new PageScaffold(source, TODAY).create("tip", "Nog een", null).file())
                .isEqualTo(source.resolve("02-praktijk/03-nog-een.md"));
        // named, an appendix is where the editor wants it; and `appendix: true` is no unknown key
        assertThat(new PageScaffold(source, TODAY).create("tip", "Derde", "10-bijlagen").file().getParent())
                .isEqualTo(source.resolve("10-bijlagen"));
        assertThat(Handbooks.check(source, Options.DEFAULT).problems()).noneMatch(p -> p.code().equals("frontmatter.unknown-key"));
    }

    @Test
    void withoutAChapterAPageGoesWhereMostPagesOfItsTypeAre() throws Exception {
        Fixtures.write(source, Map.of(
                "01-begin/01-eerste.md", "---\ntitle: Eerste\ntype: casus\nschaal: lokaal\njaar: 2024\nregio: Drenthe\n---\nTekst.\n"));
        Path file = new PageScaffold(source, TODAY).create("casus", "Nog een casus", null).file();
        assertThat(file).isEqualTo(source.resolve("01-begin/03-nog-een-casus.md"));
    }

    @Test
    void aChapterIsNamedByItsFolderItsNameWithoutNumberOrASectionPath() throws Exception {
        PageScaffold scaffold = new PageScaffold(source, TODAY);
        assertThat(scaffold.create("tip", "Een", "01-begin").file()).isEqualTo(source.resolve("01-begin/03-een.md"));
        assertThat(scaffold.create("tip", "Twee", "begin").file()).isEqualTo(source.resolve("01-begin/04-twee.md"));
        assertThat(scaffold.create("tip", "Drie", "02-praktijk/01-uitleg").file())
                .isEqualTo(source.resolve("02-praktijk/01-uitleg/01-drie.md"));
        assertThat(scaffold.create("tip", "Vier", source.resolve("01-begin").toString()).file())
                .isEqualTo(source.resolve("01-begin/05-vier.md"));
    }

    @Test
    void theNumberKeepsTheWidthTheFolderWritesItsNumbersIn() throws Exception {
        Fixtures.write(source, Map.of("03-lang/index.md", "---\ntitle: Lang\n---\n", "03-lang/009-negen.md", "---\ntitle: Negen\n---\n"));
        assertThat(new PageScaffold(source, TODAY).create("tip", "Tien", "03-lang").file().getFileName())
                .hasToString("010-tien.md");
    }

    @Test
    void aPageWhoseAddressAnExistingPageHasIsRefused() throws Exception {
        String before = Files.readString(source.resolve("01-begin/01-eerste.md"));
        assertThatThrownBy(() -> new PageScaffold(source, TODAY).create("tip", "Eerste", "01-begin"))
                .isInstanceOfSatisfying(ScaffoldException.class, e -> {
                    assertThat(e.code()).isEqualTo("new.same-address");
                    assertThat(e.args()).contains("eerste.html", "01-eerste.md");
                });
        assertThat(Files.readString(source.resolve("01-begin/01-eerste.md"))).isEqualTo(before);
        try (var files = Files.list(source.resolve("01-begin"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.md", "01-eerste.md", "02-tweede.md");
        }
    }

    @Test
    void aSecondPageWithTheSameTitleIsRefusedAndTheFirstStaysAsItWas() throws Exception {
        PageScaffold scaffold = new PageScaffold(source, TODAY);
        Path first = scaffold.create("tip", "Nieuw", "01-begin").file();
        Files.writeString(first, "---\ntitle: Nieuw\ntype: tip\n---\nAl geschreven.\n");
        assertThatThrownBy(() -> scaffold.create("tip", "Nieuw", "01-begin"))
                .isInstanceOfSatisfying(ScaffoldException.class, e -> {
                    assertThat(e.code()).isEqualTo("new.same-address");
                    assertThat(e.usage()).isFalse();
                });
        assertThat(Files.readString(first)).contains("Al geschreven.");
        try (var files = Files.list(source.resolve("01-begin"))) {
            assertThat(files.filter(p -> p.toString().endsWith("nieuw.md"))).hasSize(1);
        }
    }

    @Test
    void wrongUseIsToldWithWhatIsAllowed() {
        PageScaffold scaffold = new PageScaffold(source, TODAY);
        assertThatThrownBy(() -> scaffold.create("casu", "X", null)).isInstanceOfSatisfying(ScaffoldException.class, e -> {
            assertThat(e.code()).isEqualTo("new.unknown-type");
            assertThat(e.usage()).isTrue();
            assertThat(e.args()).contains("casus");
        });
        assertThatThrownBy(() -> scaffold.create("tip", "X", "09-nergens")).isInstanceOfSatisfying(ScaffoldException.class, e -> {
            assertThat(e.code()).isEqualTo("new.chapter-missing");
            assertThat(String.valueOf(e.args()[2])).isEqualTo("01-begin, 02-praktijk");
        });
        assertThatThrownBy(() -> scaffold.create("tip", "X", "../..")).isInstanceOfSatisfying(ScaffoldException.class,
                e -> assertThat(e.code()).isEqualTo("new.chapter-missing"));
        assertThatThrownBy(() -> scaffold.create("tip", "?!", null)).isInstanceOfSatisfying(ScaffoldException.class,
                e -> assertThat(e.code()).isEqualTo("new.empty-title"));
        assertThatThrownBy(() -> new PageScaffold(dir, TODAY).create("tip", "X", null)).isInstanceOfSatisfying(ScaffoldException.class,
                e -> assertThat(e.code()).isEqualTo("new.no-config"));
    }

    private List<Problem> problemsOf(Path file) {
        String name = file.getFileName().toString();
        return Handbooks.check(source, Options.DEFAULT).problems().stream().filter(p -> p.file().endsWith(name)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(String text) {
        assertThat(text).startsWith("---\n");
        String yaml = text.substring(4, text.indexOf("\n---\n"));
        // no implicit types: every value as the text it is, an empty one as ""
        Map<String, Object> map = new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()),
                new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
                new org.yaml.snakeyaml.DumperOptions(), new org.yaml.snakeyaml.resolver.Resolver() {
                    @Override
                    protected void addImplicitResolvers() {}
                }).load(yaml);
        return map;
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(start)) return i + 1;
        throw new AssertionError(start + " not in " + text);
    }

    private static String line(Path file, String start) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }
}
