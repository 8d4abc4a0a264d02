package dev.handbook;

import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.check.Problem;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole handbooks written inline, built, and read back as HTML. */
class ContentLoadingTest {
    @TempDir
    Path dir;

    private static final String CONFIG = "title: Proef\nlanguage: nl\n";

    @Test
    void folderWithoutIndexGetsItsTitleFromItsNameAndAWarning() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", CONFIG,
                "02-zonder-index/01-a.md", "---\ntitle: A\n---\nTekst.\n"));
        Outcome outcome = Handbooks.build(source, dir.resolve("site"), Options.DEFAULT);
        assertThat(outcome.written()).isTrue();
        assertThat(outcome.problems()).extracting(Problem::code).containsExactly("section.no-index");
        Document chapter = Fixtures.page(dir.resolve("site"), "zonder-index/index.html");
        assertThat(chapter.selectFirst("h1").text()).isEqualTo("1 Zonder index");
        assertThat(chapter.select(".handbook-children a").eachAttr("href")).containsExactly("a.html");
    }

    @Test
    void acceptsHugoStyleUnderscoreIndex() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", CONFIG,
                "_index.md", "---\ntitle: Start\n---\nWelkom.\n",
                "01-h/_index.md", "---\ntitle: Hoofdstuk\n---\nIntro.\n"));
        Outcome outcome = Handbooks.build(source, dir.resolve("site"), Options.DEFAULT);
        assertThat(outcome.problems()).isEmpty();
        assertThat(Fixtures.page(dir.resolve("site"), "index.html").selectFirst("h1").text()).isEqualTo("Start");
        assertThat(Fixtures.page(dir.resolve("site"), "h/index.html").selectFirst("h1").text()).isEqualTo("1 Hoofdstuk");
    }

    @Test
    void includesDraftsOnlyWhenAsked() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", CONFIG,
                "01-h/index.md", "---\ntitle: H\n---\n",
                "01-h/01-concept.md", "---\ntitle: Concept\nstatus: draft\n---\nNog niet af.\n"));
        Handbooks.build(source, dir.resolve("zonder"), Options.DEFAULT);
        Handbooks.build(source, dir.resolve("met"), new Options(true, false, false));
        assertThat(dir.resolve("zonder/h/concept.html")).doesNotExist();
        assertThat(Fixtures.page(dir.resolve("met"), "h/concept.html").selectFirst("h1").text()).isEqualTo("1.1 Concept");
    }

    @Test
    void englishHandbookGetsEnglishInterfaceStrings() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Guide\nlanguage: en\n",
                "01-a.md", "---\ntitle: A\n---\nText.\n"));
        Handbooks.build(source, dir.resolve("site"), Options.DEFAULT);
        Document page = Fixtures.page(dir.resolve("site"), "a.html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst(".handbook-skip-link").text()).isEqualTo("Skip to main content");
        assertThat(page.selectFirst("nav#sidebar").attr("aria-label")).isEqualTo("Contents");
    }

    @Test
    void dutchHandbookGetsDutchInterfaceStrings() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", CONFIG,
                "01-a.md", "---\ntitle: A\nupdated: 2025-03-04\n---\nTekst.\n"));
        Handbooks.build(source, dir.resolve("site"), Options.DEFAULT);
        Document page = Fixtures.page(dir.resolve("site"), "a.html");
        assertThat(page.selectFirst(".handbook-skip-link").text()).isEqualTo("Naar hoofdinhoud");
        assertThat(page.selectFirst(".handbook-updated").text()).isEqualTo("Laatst bijgewerkt op 4 maart 2025");
    }

    @Test
    void handbookTemplatesAssetsAndStringsOverrideSingleFilesOfTheTheme() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", CONFIG,
                "01-a.md", "---\ntitle: A\n---\nTekst.\n",
                "02-b.md", "---\ntitle: B\n---\nTekst.\n",
                "templates/pager.peb", "<nav class=\"eigen-pager\">{{ t('nav.next') }}</nav>",
                "assets/handbook.css", "/* eigen stijl */",
                "i18n/nl.yml", "nav:\n  next: Verder lezen\n"));
        Handbooks.build(source, dir.resolve("site"), Options.DEFAULT);
        Document page = Fixtures.page(dir.resolve("site"), "a.html");
        assertThat(page.select(".handbook-pager")).isEmpty();
        assertThat(page.selectFirst("nav.eigen-pager").text()).isEqualTo("Verder lezen");
        assertThat(page.selectFirst(".handbook-skip-link").text()).isEqualTo("Naar hoofdinhoud");
        assertThat(dir.resolve("site/assets/handbook.css")).hasContent("/* eigen stijl */");
        assertThat(dir.resolve("site/assets/handbook.js")).exists();
        assertThat(dir.resolve("site/templates")).doesNotExist();
    }

    @Test
    void twoFilesWithTheSameAddressKeepTheirNumberWithAWarning() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", CONFIG,
                "01-a.md", "---\ntitle: A\n---\n",
                "02-a.md", "---\ntitle: Ook A\n---\n",
                "03-h/index.md", "---\ntitle: H\n---\n",
                "04-h/index.md", "---\ntitle: Ook H\n---\n"));
        Outcome outcome = Handbooks.build(source, dir.resolve("site"), Options.DEFAULT);
        assertThat(outcome.problems()).extracting(Problem::code, p -> p.file().replaceAll(".*/src/", ""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("page.renamed", "02-a.md"),
                        org.assertj.core.groups.Tuple.tuple("page.renamed", "04-h"));
        assertThat(Fixtures.page(dir.resolve("site"), "02-a.html").selectFirst("h1").text()).isEqualTo("2 Ook A");
        assertThat(Fixtures.page(dir.resolve("site"), "04-h/index.html").selectFirst("h1").text()).isEqualTo("4 Ook H");
        assertThat(Fixtures.page(dir.resolve("site"), "a.html").selectFirst("h1").text()).isEqualTo("1 A");
    }
}
