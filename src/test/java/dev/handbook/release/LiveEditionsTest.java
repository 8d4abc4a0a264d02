package dev.handbook.release;

import dev.handbook.model.SitePaths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveEditionsTest {
    @TempDir
    static Path dir;

    static Path site;

    /** Editions 1 and 2 of the fixture, then the live site of edition 2's sources. */
    @BeforeAll
    static void buildWithTwoEditions() throws Exception {
        Path source = Fixtures.copy("edition", dir);
        EditionFixture.release(source, dir.resolve("releases"), "1");
        EditionFixture.secondEdition(source);
        EditionFixture.release(source, dir.resolve("releases"), "2");
        site = dir.resolve("site");
        Outcome outcome = Handbooks.build(source, site, Options.DEFAULT);
        assertThat(outcome.written()).isTrue();
    }

    @Test
    void theVersionsPageListsEachEditionNewestFirstWithDownloadsThatAreThere() {
        Document versions = Fixtures.page(site, SitePaths.VERSIONS);
        assertThat(versions.select(".edition-list > li > h2").eachText()).containsExactly("Editie 2", "Editie 1");
        Element second = versions.selectFirst(".edition-list > li");
        assertThat(second.select("a").eachAttr("href")).containsExactly(
                "releases/2/index.html", "releases/2/handbook-2.pdf", "releases/2/handbook-2.zip",
                "releases/2/changes.html", "releases/2/manifest.json");
        for (String href : versions.select(".edition-list a").eachAttr("href")) {
            assertThat(site.resolve(href)).as(href).isRegularFile();
        }
        assertThat(second.selectFirst("p").text()).isEqualTo("Handboek Edities · uitgegeven op 2 juni 2025");
    }

    @Test
    void theSwitcherKeepsTheReaderOnTheSamePageOrEntryWhereItExists() {
        Document doelen = Fixtures.page(site, "start/doelen.html");
        Element switcher = doelen.selectFirst("main .edition-switcher");
        assertThat(switcher.select("a").eachAttr("href")).containsExactly(
                "../releases/2/start/doelen.html", "../releases/1/start/doelen.html", "../versions.html");

        Document nieuw = Fixtures.page(site, "start/nieuw.html");
        assertThat(nieuw.select(".edition-switcher a").eachAttr("href")).containsExactly(
                "../releases/2/start/nieuw.html", "../releases/1/index.html", "../versions.html");
        assertThat(nieuw.select(".edition-switcher a").get(1).text()).isEqualTo("editie 1 (pagina bestond nog niet)");

        Document tip = Fixtures.page(site, "e/leeragenda.html");
        assertThat(tip.select(".edition-switcher a").eachAttr("href")).containsExactly(
                "../releases/2/e/leeragenda.html", "../releases/1/e/leeragenda.html", "../versions.html");
        assertThat(site.resolve("releases/1/e/leeragenda.html")).isRegularFile();
    }

    @Test
    void theCopiedReleasesAreStillIntact() throws Exception {
        assertThat(Verifier.verify(site.resolve("releases/1")).intact()).isTrue();
        assertThat(Verifier.verify(site.resolve("releases/2")).intact()).isTrue();
        assertThat(Files.readAllBytes(site.resolve("releases/1/index.html")))
                .isEqualTo(Files.readAllBytes(dir.resolve("releases/1/index.html")));
    }

    @Test
    void aSiteWithoutReleasesHasNoVersionsPage() throws Exception {
        Path source = Fixtures.copy("basic", dir.resolve("alone"));
        Path plain = dir.resolve("alone/site");
        Handbooks.build(source, plain, Options.DEFAULT);
        assertThat(plain.resolve(SitePaths.VERSIONS)).doesNotExist();
        assertThat(Fixtures.page(plain, "index.html").select(".edition-switcher")).isEmpty();
    }
}
