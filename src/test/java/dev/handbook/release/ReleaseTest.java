package dev.handbook.release;

import static dev.handbook.release.EditionFixture.release;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.check.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseTest {
    @TempDir
    Path dir;

    @Test
    void secondEditionListsExactlyWhatChangedWithWordDifferencesAndLeavesTheFirstUntouched() throws IOException {
        Path source = Fixtures.copy("edition", dir);
        Path releases = dir.resolve("releases");
        assertThat(release(source, releases, "1").outcome().written()).isTrue();
        Map<String, byte[]> first = EditionFixture.snapshot(releases.resolve("1"));

        EditionFixture.secondEdition(source);
        Releaser.Result second = release(source, releases, "2");
        assertThat(second.outcome().problems()).isEmpty();
        assertThat(second.outcome().written()).isTrue();

        Document changes = Fixtures.page(releases.resolve("2"), "changes.html");
        assertThat(texts(changes, ".edition-changes__added li")).containsExactly(
                "Pagina: Nieuwe aanpak", "Tip: Begin klein", "Casus: Dashboard Utrecht");
        assertThat(texts(changes, ".edition-changes__removed li")).containsExactly(
                "Tip: Betrek bewoners", "Pagina: Oude aanpak", "Casus: Monitor Zeeland");
        assertThat(texts(changes, ".edition-change h3")).containsExactly("Pagina: Doelen", "Tip: Werk met een leeragenda");
        Element doelen = changes.select(".edition-change").get(0);
        assertThat(doelen.select("del")).isEmpty();
        assertThat(doelen.select("ins").first().ownText()).isEqualTo("scherp en");
        Element tip = changes.select(".edition-change").get(1);
        assertThat(tip.select("del").first().ownText()).isEqualTo("kwartaal");
        assertThat(tip.select("ins").first().ownText()).isEqualTo("half jaar");
        assertThat(changes.select(".edition-changes__added a").eachAttr("href"))
                .containsExactly("start/nieuw.html", "start/nieuw.html#nieuwe-tip", "casussen/utrecht.html");

        Document print = Fixtures.page(releases.resolve("2"), "print.html");
        Element appendix = print.getElementById(ReleasePages.PRINT_ANCHOR);
        assertThat(appendix.text()).isEqualTo("Wijzigingen");
        assertThat(appendix.parent().select("del, ins").eachText()).hasSize(3);
        assertThat(print.select(".print-toc a[href=#" + ReleasePages.PRINT_ANCHOR + "]")).hasSize(1);

        assertThat(EditionFixture.snapshot(releases.resolve("1"))).containsExactlyEntriesOf(first);
        Manifest manifest = ManifestJson.read(Files.readAllBytes(releases.resolve("2/manifest.json")));
        assertThat(manifest.previous()).isEqualTo("1");
        assertThat(manifest.entries()).extracting(Manifest.ItemDigest::id)
                .containsExactly("leeragenda", "nieuwe-tip", "drenthe", "utrecht");
    }

    @Test
    void releaseHoldsPublishedPagesOnlyWithManifestPdfZipAndBanner() throws IOException {
        Path source = Fixtures.copy("edition", dir);
        Path releases = dir.resolve("releases");
        release(source, releases, "2025.1");
        Path folder = releases.resolve("2025.1");
        assertThat(folder.resolve("start/doelen.html")).exists();
        assertThat(folder.resolve("start/concept.html")).doesNotExist();
        assertThat(folder.resolve("start/schets.html")).doesNotExist();
        assertThat(Files.readAllBytes(folder.resolve("handbook-2025.1.pdf"))).startsWith("%PDF".getBytes());

        Manifest manifest = ManifestJson.read(Files.readAllBytes(folder.resolve("manifest.json")));
        assertThat(manifest.version()).isEqualTo("2025.1");
        assertThat(manifest.title()).isEqualTo("Handboek Edities");
        assertThat(manifest.date()).isEqualTo("2025-06-02");
        assertThat(manifest.tool()).isEqualTo("handbook test");
        assertThat(manifest.sources()).matches("[0-9a-f]{64}");
        List<String> onDisk = Fixtures.files(folder).stream().filter(f -> !f.equals("manifest.json")).toList();
        assertThat(manifest.files()).extracting(Manifest.FileDigest::path).containsExactlyElementsOf(onDisk);
        for (Manifest.FileDigest file : manifest.files()) {
            assertThat(Digests.sha256(folder.resolve(file.path()))).as(file.path()).isEqualTo(file.sha256());
        }
        assertThat(manifest.pages()).extracting(Manifest.ItemDigest::path)
                .contains("index.html", "start/doelen.html", "start/oud.html")
                .doesNotContain("start/concept.html");
        assertThat(manifest.entries()).extracting(Manifest.ItemDigest::id)
                .containsExactly("leeragenda", "bewoners", "drenthe", "zeeland");

        Document page = Fixtures.page(folder, "start/doelen.html");
        Element banner = page.selectFirst(".edition-banner");
        assertThat(banner.text()).startsWith("Editie 2025.1 van 2 juni 2025.");
        assertThat(banner.select("a").eachAttr("href")).containsExactly("../changes.html", "https://handboek.example.nl/");
        assertThat(page.body().child(0).hasClass("handbook-skip-link")).isTrue();
        assertThat(Fixtures.page(folder, "changes.html").select(".handbook-content p").first().text())
                .isEqualTo("Editie 2025.1 is de eerste editie; er is geen eerdere om mee te vergelijken.");
        assertThat(Fixtures.files(releases)).allMatch(f -> f.startsWith("2025.1/"), "no staging folder is left behind");
    }

    @Test
    void anExistingReleaseIsRefusedAndNotTouched() {
        Path source = Fixtures.copy("edition", dir);
        Path releases = dir.resolve("releases");
        release(source, releases, "1");
        Map<String, byte[]> before = EditionFixture.snapshot(releases);
        EditionFixture.secondEdition(source);
        Releaser.Result again = release(source, releases, "1");
        assertThat(again.outcome().written()).isFalse();
        assertThat(again.outcome().problems()).extracting(Problem::code).containsExactly("release.exists");
        assertThat(EditionFixture.snapshot(releases)).containsExactlyEntriesOf(before);
    }

    @Test
    void theSameSourcesGiveTheSameBytesInAnotherFolderPdfAndZipIncluded() {
        Path releasesA = dir.resolve("a/releases");
        Path releasesB = dir.resolve("b/elsewhere/releases");
        release(Fixtures.copy("edition", dir.resolve("a")), releasesA, "3");
        release(Fixtures.copy("edition", dir.resolve("b")), releasesB, "3");
        Map<String, byte[]> a = EditionFixture.snapshot(releasesA.resolve("3"));
        Map<String, byte[]> b = EditionFixture.snapshot(releasesB.resolve("3"));
        assertThat(a.keySet()).contains("handbook-3.pdf", "handbook-3.zip", "manifest.json");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String path : a.keySet()) assertThat(b.get(path)).as(path).isEqualTo(a.get(path));
    }

    @Test
    void aDroppedPageOrEntryWithoutAnAliasFailsTheRelease() {
        Path source = Fixtures.copy("edition", dir);
        Path releases = dir.resolve("releases");
        release(source, releases, "1");
        EditionFixture.delete(source, "01-start/02-oud.md");
        EditionFixture.delete(source, "02-casussen/02-zeeland.md");
        Releaser.Result result = release(source, releases, "2");
        assertThat(result.outcome().written()).isFalse();
        assertThat(result.outcome().problems())
                .extracting(Problem::code, p -> p.args().get(2))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("release.page-dropped", "start/oud.html"),
                        org.assertj.core.groups.Tuple.tuple("release.entry-dropped", "zeeland"));
        assertThat(releases.resolve("2")).doesNotExist();
        assertThat(Fixtures.files(releases)).allMatch(f -> f.startsWith("1/"));
    }

    @Test
    void aReleaseOfAHandbookWithProblemsWritesNothing() {
        Path source = Fixtures.copy("edition", dir);
        EditionFixture.write(source, "01-start/06-fout.md", "---\ntitle: Fout\n---\n[kapot](bestaat-niet.md)\n");
        Releaser.Result result = release(source, dir.resolve("releases"), "1");
        assertThat(result.outcome().written()).isFalse();
        assertThat(result.outcome().problems()).isNotEmpty();
        assertThat(dir.resolve("releases/1")).doesNotExist();
    }

    @Test
    void aPageThatWouldTakeTheChangesPageIsReportedNotOverwritten() {
        Path source = Fixtures.copy("edition", dir);
        EditionFixture.write(source, "changes.md", "---\ntitle: Eigen wijzigingen\n---\nTekst.\n");
        Releaser.Result result = release(source, dir.resolve("releases"), "1");
        assertThat(result.outcome().written()).isFalse();
        assertThat(result.outcome().problems()).extracting(Problem::code).containsExactly("release.path-taken");
    }

    @Test
    void aReleaseUnderAnotherNameThanTheConfiguredEditionIsRefused() {
        Path source = Fixtures.copy("edition", dir);
        EditionFixture.write(source, "handbook.yml", EditionFixture.text(source.resolve("handbook.yml")) + "edition: \"2025.1\"\n");
        Releaser.Result result = release(source, dir.resolve("releases"), "2025.2");
        assertThat(result.outcome().problems()).extracting(Problem::code, Problem::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple("release.edition-mismatch", List.of("2025.1", "2025.2")));
        assertThat(release(source, dir.resolve("releases"), "2025.1").outcome().written()).isTrue();
    }

    private static List<String> texts(Document doc, String css) {
        return doc.select(css).eachText();
    }
}
