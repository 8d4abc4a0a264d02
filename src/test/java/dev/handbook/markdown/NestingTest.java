package dev.handbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies that nest deeper than any handbook does are a problem at the line where they pass the limit,
 * found before anything recurses over them; every other shape of fences parses as before.
 */
class NestingTest {
    /** The front matter of the page: its body starts on line 4. */
    private static final String HEAD = "---\ntitle: Diep\n---\n";

    @TempDir
    Path dir;

    private Path handbook(String body) {
        return Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Proef\nlanguage: nl\ntypes:\n  tip: { label: Tip, plural: Tips }\n",
                "index.md", "---\ntitle: Home\n---\nHallo.\n",
                "01-h/index.md", "---\ntitle: Hoofdstuk\n---\n",
                "01-h/01-diep.md", HEAD + "Tekst.\n\n" + body));
    }

    private static String nestedLists(int levels) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < levels; i++) text.append("  ".repeat(i)).append("- punt\n");
        return text.toString();
    }

    private static String nestedFences(int levels) {
        return "::: note Blok\n".repeat(levels) + "binnen\n" + ":::\n".repeat(levels);
    }

    /** The one problem of the page, which must be the nesting limit at {@code line}. */
    private void assertTooDeep(String body, int line, int levels) throws Exception {
        Path source = handbook(body);
        Outcome checked = Handbooks.check(source, Options.DEFAULT);
        assertThat(checked.problems()).extracting(Problem::code, Problem::line, Problem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nesting.too-deep", line,
                        java.util.List.of(String.valueOf(levels), "100")));
        assertThat(checked.problems().get(0).file()).endsWith("01-h/01-diep.md");
        Path out = dir.resolve("site");
        Outcome built = Handbooks.build(source, out, Options.DEFAULT);
        assertThat(built.written()).isFalse();
        assertThat(built.problems()).extracting(Problem::code).containsExactly("nesting.too-deep");
        assertThat(out).doesNotExist();
    }

    // the body starts on line 4 with "Tekst." and a blank line, so its third line is line 6

    @Test
    void fourHundredNestedListsStopAtTheHundredAndFirst() throws Exception {
        assertTooDeep(nestedLists(400), 6 + 100, 400);
    }

    @Test
    void aThousandNestedQuotes() throws Exception {
        assertTooDeep(">".repeat(1000) + " diep\n", 6, 1000);
    }

    @Test
    void fiveThousandNestedDivs() throws Exception {
        assertTooDeep("<div>".repeat(5000) + "x" + "</div>".repeat(5000) + "\n", 6, 5000);
    }

    @Test
    void divsOpenedInBlocksOfTheirOwnCountTogether() throws Exception {
        assertTooDeep("<div>\n\n".repeat(150) + "tekst\n", 6 + 2 * 100, 150);
    }

    @Test
    void anEndTagThatABrowserIgnoresClosesNothing() throws Exception {
        // a browser ignores </div> with the cell between, so each repetition nests four levels deeper
        assertTooDeep("<div><table><tr><td></div>".repeat(3000) + "\n", 6, 12_000);
    }

    @Test
    void tablesWhoseCellsCloseWithTheTableStayShallow() throws Exception {
        Path source = handbook("<table><tr><td>cel<td>cel</table>\n\n".repeat(200) + "<ul><li><p>punt</ul>\n\n".repeat(200));
        assertThat(Handbooks.check(source, Options.DEFAULT).problems()).isEmpty();
    }

    @Test
    void fiveHundredNestedFences() throws Exception {
        assertTooDeep(nestedFences(500), 6 + 100, 500);
    }

    @Test
    void tenThousandNestedFences() throws Exception {
        assertTooDeep(nestedFences(10_000), 6 + 100, 10_000);
    }

    @Test
    void nestedEmphasisAndImagesInOneParagraph() throws Exception {
        assertTooDeep("*a ".repeat(5000) + "x" + " b*".repeat(5000) + "\n", 6, 5000);
        assertTooDeep("![".repeat(5000) + "x" + "](a.png)".repeat(5000) + "\n", 6, 5000);
    }

    @Test
    void tenThousandFencesInARowAreFine() throws Exception {
        Path source = handbook("::: note Blok\nbinnen\n:::\n\n".repeat(10_000));
        assertThat(Handbooks.check(source, Options.DEFAULT).problems()).isEmpty();
    }

    @Test
    void aHundredLevelsOfEveryKindBuildWithThePdf() throws Exception {
        String body = nestedLists(100) + "\n" + ">".repeat(100) + " citaat\n\n"
                + "<div>".repeat(100) + "x" + "</div>".repeat(100) + "\n\n"
                + "<table><tr><td>".repeat(33) + "cel" + "</td></tr></table>".repeat(33) + "\n\n"
                + "::: tip Tip 0\n" + nestedFences(99) + ":::\n";
        Path source = handbook(body);
        Path out = dir.resolve("site");
        Outcome built = Handbooks.build(source, out, new Options(false, false, true, false));
        assertThat(built.problems()).isEmpty();
        Document page = Fixtures.page(out, "h/diep.html");
        assertThat(page.select("main li").size()).isGreaterThanOrEqualTo(100);
        assertThat(page.select("main blockquote")).hasSize(100);
        assertThat(page.select("main td")).hasSize(33);
        assertThat(out.resolve("handbook.pdf")).isNotEmptyFile();
    }

    @Test
    void anUnclosedFenceIsAnErrorAtItsOpeningLineAndTheRestStaysInIt() {
        Path source = handbook("::: note Open blok\nbinnen\n\n## Kop\n\nMeer tekst.\n");
        assertThat(Handbooks.check(source, Options.DEFAULT).problems())
                .extracting(Problem::code, Problem::line, Problem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fence.unclosed", 6, java.util.List.of("note", ":::")));
        Document body = Jsoup.parseBodyFragment(Fixtures.built(source).bodies().stream()
                .filter(b -> b.page().sourcePath().equals("01-h/01-diep.md")).findFirst().orElseThrow().html());
        assertThat(body.select(".handbook-fence h2, .handbook-fence p, aside h2, aside p").eachText())
                .contains("binnen", "Kop", "Meer tekst.");
    }

    @Test
    void aLongerClosingLineClosesTheInnermostFenceSoTheOuterIsUnclosed() {
        Path source = handbook(":::: tip Buiten\n::: note Binnen\ntekst\n::::\n\nNa.\n");
        assertThat(Handbooks.check(source, Options.DEFAULT).problems())
                .extracting(Problem::code, Problem::line, Problem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fence.unclosed", 6, java.util.List.of("tip", "::::")));
    }

    @Test
    void nestedAndEqualFencesStillCloseInnermostFirst() {
        Path source = handbook("::: tip Buiten\n::: note Binnen\ntekst\n:::\nna binnen\n:::\n\nBuiten het blok.\n");
        assertThat(Handbooks.check(source, Options.DEFAULT).problems()).isEmpty();
        Document body = Jsoup.parseBodyFragment(Fixtures.built(source).bodies().stream()
                .filter(b -> b.page().sourcePath().equals("01-h/01-diep.md")).findFirst().orElseThrow().html());
        assertThat(body.select("body > p").eachText()).contains("Buiten het blok.");
    }
}
