package dev.handbook;

import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.check.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed entries on the "entries" fixture: inline and standalone, numbered, listed, filtered and linked. */
class EntriesTest {
    @TempDir
    static Path dir;

    static Path site;
    static Outcome outcome;

    @BeforeAll
    static void build() throws Exception {
        site = dir.resolve("site");
        outcome = Handbooks.build(Fixtures.copy("entries", dir), site, Options.DEFAULT);
    }

    @Test
    void buildsWithoutProblemsAndEveryLinkResolves() {
        assertThat(outcome.problems()).isEmpty();
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void inlineEntriesHaveAnchorNumberTitleAndFieldLinks() {
        Element tip = Fixtures.page(site, "begin/index.html").getElementById("eerste-tip");
        assertThat(tip.tagName()).isEqualTo("aside");
        assertThat(tip.hasClass("handbook-entry--tip")).isTrue();
        assertThat(tip.selectFirst(".handbook-entry__label a").text()).isEqualTo("Tip 1.1");
        assertThat(tip.selectFirst(".handbook-entry__label a").attr("href")).isEqualTo("../e/eerste-tip.html");
        assertThat(tip.selectFirst(".handbook-entry__title").text()).isEqualTo("Eerste tip");
        assertThat(tip.select(".handbook-entry__fields a").eachAttr("href")).containsExactly("../thema/a.html");
    }

    @Test
    void fencesNestWithLongerOuterFences() {
        Element outer = Fixtures.page(site, "begin/index.html").getElementById("buiten");
        assertThat(outer.select(".handbook-entry__body aside").eachAttr("id")).containsExactly("binnen");
        assertThat(outer.selectFirst(".handbook-entry__label").text()).isEqualTo("Les 1.2");
    }

    @Test
    void entriesAreNumberedPerTypeWithinTheirChapterInReadingOrder() {
        assertThat(Fixtures.page(site, "tips.html").select(".handbook-listing__label").eachText())
                .containsExactly("Tip 1.1", "Tip 1.2", "Tip 1.3");
        assertThat(Fixtures.page(site, "lessen.html").select(".handbook-listing__label").eachText())
                .containsExactly("Les 1.1", "Les 1.2");
        assertThat(Fixtures.page(site, "casussen.html").select(".handbook-listing__label").eachText())
                .containsExactly("Casus 2.1", "Casus 2.2");
    }

    @Test
    void eachOverviewListsExactlyItsTypeGroupedByChapterWithWorkingAnchors() {
        Document tips = Fixtures.page(site, "tips.html");
        assertThat(tips.select(".handbook-listing__group h2").eachText()).containsExactly("1 Begin");
        assertThat(tips.select(".handbook-listing__title a").eachAttr("href"))
                .containsExactly("begin/index.html#eerste-tip", "begin/index.html#binnen", "begin/meer.html#tweede-tip");
        assertThat(tips.select(".handbook-listing__summary").eachText())
                .containsExactly("Begin klein.", "Binnenste tekst.", "Nog een tip.");
        Document cases = Fixtures.page(site, "casussen.html");
        assertThat(cases.select(".handbook-listing__title a").eachAttr("href"))
                .containsExactly("casussen/drenthe.html", "casussen/zeeland.html");
        assertThat(cases.select(".handbook-listing__summary").eachText())
                .containsExactly("Een raamwerk voor gemeenten.", "De regio groeit.");
    }

    @Test
    void overviewsAreLinkedFromTheNavigationOfEveryPage() {
        for (String html : List.of("index.html", "begin/meer.html", "thema/a.html")) {
            Document page = Fixtures.page(site, html);
            assertThat(page.select(".handbook-nav--overviews a").eachText()).as(html)
                    .containsExactly("Lessen (2)", "Tips (3)", "Casussen (2)");
        }
    }

    @Test
    void permalinksLeadToTheirEntries() {
        Document inline = Fixtures.page(site, "e/binnen.html");
        assertThat(inline.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../begin/index.html#binnen");
        assertThat(inline.selectFirst("main a[href=../begin/index.html#binnen]")).isNotNull();
        Document standalone = Fixtures.page(site, "e/drenthe.html");
        assertThat(standalone.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../casussen/drenthe.html");
    }

    @Test
    void theCaseIndexFiltersByTheFieldsOfItsEntries() {
        Document cases = Fixtures.page(site, "casussen.html");
        assertThat(cases.select(".handbook-facet").eachAttr("data-facet")).containsExactly("thema", "schaal", "jaar");
        assertThat(cases.select(".handbook-facet[data-facet=jaar] input").eachAttr("value")).containsExactly("2024", "2023");
        assertThat(cases.select(".handbook-facet[data-facet=schaal] label").eachText())
                .containsExactly("Lokaal (1)", "Regionaal (1)");
        Element drenthe = cases.selectFirst(".handbook-listing__item:has(a[href=casussen/drenthe.html])");
        assertThat(drenthe.attr("data-f-thema")).isEqualTo("a");
        assertThat(drenthe.attr("data-f-schaal")).isEqualTo("regionaal");
        assertThat(drenthe.attr("data-f-jaar")).isEqualTo("2023");
        assertThat(drenthe.attr("data-f-regio")).isEqualTo("Drenthe");
        assertThat(cases.select("script[src=assets/filter.js]")).hasSize(1);
        assertThat(site.resolve("assets/filter.js")).exists();
        assertThat(Fixtures.page(site, "tips.html").select(".handbook-facets")).isEmpty();
    }

    @Test
    void everyFieldValueHasAPageListingWhatCarriesIt() {
        Document a = Fixtures.page(site, "thema/a.html");
        assertThat(a.selectFirst("h1").text()).isEqualTo("Thema: Thema A");
        assertThat(a.select(".handbook-listing__title").eachText()).containsExactly("Eerste tip", "Een les", "Raamwerk in Drenthe");
        assertThat(Fixtures.page(site, "jaar/2024.html").select(".handbook-listing__title").eachText())
                .containsExactly("Zeeuws-Vlaanderen");
        assertThat(site.resolve("regio")).doesNotExist();
    }

    @Test
    void relatedEntriesShowBothWays() {
        Element second = Fixtures.page(site, "begin/meer.html").getElementById("tweede-tip");
        assertThat(second.select(".handbook-entry__related a").eachText()).containsExactly("Tip 1.1: Eerste tip");
        Element first = Fixtures.page(site, "begin/index.html").getElementById("eerste-tip");
        assertThat(first.select(".handbook-entry__related a").eachAttr("href"))
                .containsExactly("meer.html#tweede-tip", "../casussen/drenthe.html");
        Document drenthe = Fixtures.page(site, "casussen/drenthe.html");
        assertThat(drenthe.select(".handbook-entry__related a").eachAttr("href")).containsExactly("../begin/index.html#eerste-tip");
    }

    @Test
    void headingsAvoidTheIdsOfEntriesOnTheirPage() {
        Document more = Fixtures.page(site, "begin/meer.html");
        assertThat(more.select(".handbook-content h2").eachAttr("id")).containsExactly("eerste-tip");
        Document begin = Fixtures.page(site, "begin/index.html");
        assertThat(begin.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void standaloneEntryPagesShowTheirNumberAndFields() {
        Document drenthe = Fixtures.page(site, "casussen/drenthe.html");
        assertThat(drenthe.selectFirst(".handbook-entry-header__label").text()).isEqualTo("Casus 2.1");
        assertThat(drenthe.select(".handbook-entry-header dt").eachText()).containsExactly("Thema", "Schaal", "Jaar", "Regio");
        assertThat(drenthe.select(".handbook-entry-header dd a").eachAttr("href"))
                .containsExactly("../thema/a.html", "../schaal/regionaal.html", "../jaar/2023.html");
    }

    @Test
    void calloutsAndGithubAlertsRenderAsCallouts() {
        Document begin = Fixtures.page(site, "begin/index.html");
        assertThat(begin.selectFirst(".handbook-callout--note .handbook-callout__label").text()).isEqualTo("Let op");
        Element warning = begin.selectFirst(".handbook-callout--warning");
        assertThat(warning.selectFirst(".handbook-callout__label").text()).isEqualTo("Waarschuwing");
        assertThat(warning.selectFirst(".handbook-callout__body").text()).isEqualTo("Pas hierop.");
        assertThat(begin.select("blockquote")).isEmpty();
    }

    @Test
    void badFenceNamesUnknownValuesAndDuplicateIdsAreReportedWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path source = Fixtures.copy("entries", tmp);
        Files.writeString(source.resolve("01-begin/02-fout.md"), """
                ---
                title: Fout
                ---
                ::: tipp Bijna een tip
                Tekst.
                :::

                ::: les Zonder thema {#zonder}
                Tekst.
                :::

                ::: tip Dubbel {#eerste-tip thema=c}
                Tekst.
                :::

                ::: tip Verwijzing {#verwijzing related=bestaat-niet}
                :::
                """);
        List<Problem> problems = Handbooks.check(source, Options.DEFAULT).problems();
        assertThat(problems).extracting(p -> p.file().replaceAll(".*/entries/", "") + ":" + p.line() + " " + p.code() + " " + p.args())
                .containsExactly(
                        "01-begin/02-fout.md:4 fence.unknown-name [tipp, casus, caution, danger, important, info, les, note, success, tip, warning, tip]",
                        "01-begin/02-fout.md:8 entry.required-field-missing [thema, Les]",
                        "01-begin/02-fout.md:12 entry.duplicate-id [eerste-tip, " + source.toString().replace('\\', '/') + "/01-begin/index.md:4]",
                        "01-begin/02-fout.md:12 field.not-allowed [c, thema, a, b, a]",
                        "01-begin/02-fout.md:16 entry.related-unknown [bestaat-niet, ]");
    }

    @Test
    void anEntryTypeMissingARequiredFieldInFrontMatterIsReported(@TempDir Path tmp) {
        Path source = Fixtures.write(tmp, Map.of(
                "handbook.yml", "title: T\ntypes:\n  casus: { label: Casus, plural: Casussen, required: [jaar] }\nfields:\n  jaar: { label: Jaar, type: year }\n",
                "01-c.md", "---\ntitle: C\ntype: casus\n---\n"));
        assertThat(Handbooks.check(source, Options.DEFAULT).problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("entry.required-field-missing", 3));
    }
}
