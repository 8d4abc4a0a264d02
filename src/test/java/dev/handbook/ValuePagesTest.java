package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handbook.check.Messages;
import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Value pages beside real pages, on the "value-pages" fixture (a lifecycle chapter with a page per phase,
 * where "fase" is also a field): a page at {@code fase/verkennen} is that value's page, a page with {@code
 * value-of: fase=ontwerpen} is that one's, the third phase gets a generated page; {@code value-pages:}
 * moves the generated ones under a folder; a page that takes a value page's address otherwise is an error
 * whose hint names the field and both ways out.
 */
class ValuePagesTest {
    @TempDir
    static Path dir;

    static Path site;
    static Outcome outcome;

    @BeforeAll
    static void build() throws Exception {
        site = dir.resolve("site");
        outcome = Handbooks.build(Fixtures.copy("value-pages", dir), site, Options.DEFAULT);
    }

    @Test
    void buildsWithoutProblemsAndEveryLinkResolves() {
        assertThat(outcome.problems()).isEmpty();
        assertThat(SiteLinks.broken(site)).isEmpty();
        assertThat(Fixtures.htmlFiles(site)).contains("fase/verkennen.html", "fase/ontwerp.html", "fase/uitvoeren.html",
                "jaar/2023.html", "jaar/2024.html").doesNotContain("fase/ontwerpen.html");
    }

    @Test
    void aPageAtTheValuesAddressShowsItsTextThenTheEntriesWithThatValue() {
        Document page = Fixtures.page(site, "fase/verkennen.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("1.1 Verkennen");
        assertThat(page.title()).startsWith("Verkennen");
        Element article = page.selectFirst("article");
        assertThat(article.select(".handbook-content p").first().text()).startsWith("In de verkenning");
        assertThat(article.select(".handbook-content h2#wat-je-doet")).hasSize(1);
        Element list = article.selectFirst(".handbook-value-list");
        assertThat(list.select(".handbook-listing__title a")).extracting(Element::text, a -> a.attr("href"))
                .containsExactly(tuple("Wijkgesprekken", "../casussen/index.html#wijkgesprekken"),
                        tuple("Een dorp in beeld", "../casussen/dorp.html"));
        // the text comes first, the list after it
        assertThat(article.children().indexOf(list)).isGreaterThan(article.children().indexOf(article.selectFirst(".handbook-content")));
    }

    @Test
    void aPageWithValueOfIsThatValuesPageWhereverItStands() {
        Document page = Fixtures.page(site, "fase/ontwerp.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("1.2 Ontwerp van het beleid");
        assertThat(page.select(".handbook-content").text()).startsWith("In het ontwerp");
        assertThat(page.select(".handbook-value-list .handbook-listing__title a").eachText()).containsExactly("Een stad kiest");
    }

    @Test
    void entriesFieldBoxesLinkToThePageOfEachValueWhereverItIs() {
        assertThat(fieldLinks(Fixtures.page(site, "casussen/dorp.html"), ".handbook-entry-header, .handbook-article"))
                .contains("../fase/verkennen.html", "../jaar/2024.html");
        assertThat(fieldLinks(Fixtures.page(site, "casussen/stad.html"), ".handbook-article")).contains("../fase/ontwerp.html");
        assertThat(Fixtures.page(site, "casussen/index.html").getElementById("marktplein")
                .select(".handbook-entry__fields a").eachAttr("href")).containsExactly("../fase/uitvoeren.html", "../jaar/2023.html");
        assertThat(Fixtures.page(site, "casussen.html").select(".handbook-entry__fields a").eachAttr("href"))
                .contains("fase/verkennen.html", "fase/ontwerp.html", "fase/uitvoeren.html");
        // the generated page of a value nobody's page is still lists its entries, under the generated title
        Document generated = Fixtures.page(site, "fase/uitvoeren.html");
        assertThat(generated.selectFirst("h1").text()).isEqualTo("Fase: Uitvoeren");
        assertThat(generated.select(".handbook-listing__title a").eachText()).containsExactly("Herinrichting van het marktplein");
    }

    @Test
    void inPrintAFieldLinkToAPageThatIsAValuesPageLeadsToThatPage() {
        Document print = Fixtures.page(site, "print.html");
        Element link = print.select("aside[id$=wijkgesprekken] .handbook-entry__fields a:contains(Verkennen)").first();
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).startsWith("#");
        Element target = print.getElementById(link.attr("href").substring(1));
        assertThat(target.text()).contains("Verkennen");
        // a generated value page has no place in print: its link is text
        assertThat(print.select(".handbook-entry__fields dd:contains(Uitvoeren) a")).isEmpty();
    }

    @Test
    void valuePagesMoveUnderTheFolderThatValuePagesNamesAndEveryLinkFollows() throws Exception {
        Path source = Fixtures.copy("value-pages", dir.resolve("prefix"));
        Files.writeString(source.resolve("handbook.yml"),
                Files.readString(source.resolve("handbook.yml")) + "value-pages: waarden\n");
        Path out = dir.resolve("site-prefix");
        Outcome built = Handbooks.build(source, out, Options.DEFAULT);
        assertThat(built.problems()).isEmpty();
        assertThat(SiteLinks.broken(out)).isEmpty();
        assertThat(Fixtures.htmlFiles(out)).contains("waarden/fase/verkennen.html", "waarden/fase/uitvoeren.html",
                "waarden/jaar/2024.html", "fase/verkennen.html", "fase/ontwerp.html")
                .doesNotContain("fase/uitvoeren.html", "jaar/2024.html", "waarden/fase/ontwerpen.html");
        // the page at fase/verkennen is an ordinary page now; value-of still makes its page the value's page
        assertThat(Fixtures.page(out, "fase/verkennen.html").select(".handbook-value-list")).isEmpty();
        assertThat(Fixtures.page(out, "fase/ontwerp.html").select(".handbook-value-list")).hasSize(1);
        assertThat(fieldLinks(Fixtures.page(out, "casussen/dorp.html"), ".handbook-article"))
                .contains("../waarden/fase/verkennen.html", "../waarden/jaar/2024.html");
        assertThat(Fixtures.page(out, "casussen.html").select(".handbook-entry__fields a").eachAttr("href"))
                .contains("waarden/fase/verkennen.html", "fase/ontwerp.html", "waarden/fase/uitvoeren.html");
        Document generated = Fixtures.page(out, "waarden/fase/verkennen.html");
        assertThat(generated.select(".handbook-listing__title a").eachAttr("href")).containsExactly("../../casussen/index.html#wijkgesprekken",
                "../../casussen/dorp.html");
    }

    @Test
    void aPageThatTakesAValuePagesAddressOtherwiseGetsAHintWithBothWaysOut() throws Exception {
        Path source = Fixtures.copy("value-pages", dir.resolve("clash"));
        // at fase/uitvoeren.html, but the page of another value
        Files.writeString(source.resolve("01-fase/03-uitvoeren.md"),
                "---\ntitle: Uitvoeren en evalueren\nvalue-of: fase=evalueren\n---\nTekst.\n");
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).extracting(Problem::code, Problem::args)
                .containsExactly(tuple("page.value-page-taken", List.of("fase/uitvoeren.html", "fase", "uitvoeren", "Fase")));
        Problem clash = problems.get(0);
        assertThat(clash.file()).endsWith("01-fase/03-uitvoeren.md");
        assertThat(new Messages("nl").hint(clash)).get().asString()
                .contains("value-of: fase=uitvoeren", "value-pages: waarden", "handbook.yml");
        assertThat(new Messages("en").hint(clash)).get().asString()
                .contains("value-of: fase=uitvoeren", "value-pages: values", "handbook.yml");
        assertThat(new Messages("nl").message(clash)).contains("fase/uitvoeren.html", "‘Fase’", "‘uitvoeren’");
    }

    @Test
    void valueOfNamesAFieldWithValuePagesAndOneOfItsValuesOnce() throws Exception {
        Path source = Fixtures.copy("value-pages", dir.resolve("fouten"));
        Files.writeString(source.resolve("01-fase/03-fout-veld.md"), "---\ntitle: A\nvalue-of: faze=verkennen\n---\n");
        Files.writeString(source.resolve("01-fase/04-fout-waarde.md"), "---\ntitle: B\nvalue-of: fase=verkenen\n---\n");
        Files.writeString(source.resolve("01-fase/05-fout-vorm.md"), "---\ntitle: C\nvalue-of: verkennen\n---\n");
        Files.writeString(source.resolve("01-fase/06-dubbel.md"), "---\ntitle: D\nvalue-of: fase=ontwerpen\n---\n");
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).extracting(p -> p.file().substring(p.file().lastIndexOf('/') + 1), Problem::code, Problem::line,
                Problem::args).containsExactlyInAnyOrder(
                        tuple("03-fout-veld.md", "frontmatter.value-of-field", 3, List.of("faze", "fase, jaar", "fase")),
                        tuple("04-fout-waarde.md", "frontmatter.value-of-value", 3,
                                List.of("verkenen", "fase", "verkennen, ontwerpen, uitvoeren, evalueren", "verkennen")),
                        tuple("05-fout-vorm.md", "frontmatter.value-of-form", 3, List.of("verkennen", "fase=verkennen")),
                        tuple("06-dubbel.md", "frontmatter.value-of-taken", 0,
                                List.of("fase=ontwerpen", source.resolve("01-fase/02-ontwerp.md").toString())));
    }

    @Test
    void valuePagesNamesAFolderInsideTheSite() throws Exception {
        Path source = Fixtures.copy("value-pages", dir.resolve("map"));
        Files.writeString(source.resolve("handbook.yml"),
                Files.readString(source.resolve("handbook.yml")) + "value-pages: ../Waarden Pagina's\n");
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::args)
                .containsExactly(tuple("config.value-pages", 10, List.of("../Waarden Pagina's", "waarden-pagina-s")));
    }

    private static List<String> fieldLinks(Document page, String within) {
        return page.select(within).select(".handbook-entry__fields a").eachAttr("href");
    }
}
