package dev.handbook.check;

import dev.handbook.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.SiteLinks;
import dev.handbook.ParsedJson;
import dev.handbook.SiteUrls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "hostile-urls" fixture tries every way of smuggling a script into a URL of a page: in inline links,
 * autolinks, reference definitions, images, headings, table cells, footnotes, an inline entry, a GitHub
 * alert, a standalone entry and raw HTML, with the scheme in mixed case, entity-encoded, split by a tab
 * or led by spaces and control characters. Each hostile URL says in itself what {@code check} must
 * report at its line: {@code kwaad} a dropped link ({@code link.scheme}), {@code kwaadbeeld} a dropped
 * image ({@code image.scheme}), {@code kwaadtag} an element dropped whole ({@code html.unsafe}).
 */
class HostileUrlsTest {
    private static final Path SOURCE = Path.of("src/test/resources/handbooks/hostile-urls");

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        CommandRun console = CommandRun.of("build", "--source", SOURCE.toString(), "--out", site.toString());
        assertThat(console.exit()).as(console.err()).isZero();
    }

    @Test
    void noPageScriptOrIndexCarriesAForbiddenScheme() {
        assertThat(Fixtures.files(site)).contains("print.html", "e/gevaarlijke-tip.html", "e/losse-tip.html", "toc.js",
                "search/d0.js");
        SiteUrls.assertNoForbiddenSchemes(site);
    }

    @Test
    void theHelperFindsWhatThePolicyWouldHaveLetThrough() throws IOException {
        Path spoiled = Fixtures.write(dir.resolve("spoiled"), Map.of("a.html", """
                <p><a href="JaVaScRiPt:x()">a</a><a href="java\tscript:x()">b</a><img src="data:image/svg+xml,x">
                <iframe srcdoc="x"></iframe><img src="data:image/png;base64,AAAA"><a href="https://ok">ok</a>
                <a href="./notes:2024.md">colon later</a></p>
                """));
        assertThat(SiteUrls.forbidden(spoiled)).hasSize(4);
    }

    @Test
    void allowedUrlsSurvive() {
        Document inline = Fixtures.page(site, "links/inline.html");
        Element content = inline.selectFirst(".handbook-content");
        assertThat(content.select("a[href]")).extracting(a -> a.attr("href")).contains("https://example.org/pad",
                "mailto:redactie@example.org", "tel:+31201234567", "blokken.html", "#gewone-kop", "https://example.org/auto");
        assertThat(content.select("img[alt=Punt]").attr("src")).startsWith("data:image/png;base64,");
        Element blocks = Fixtures.page(site, "links/blokken.html").selectFirst(".handbook-content");
        assertThat(blocks.select("a[href=https://example.org/html]").text()).isEqualTo("html-link");
        assertThat(blocks.select("img[alt=html punt]").attr("src")).startsWith("data:image/png;base64,");
        Document print = Fixtures.page(site, "print.html");
        assertThat(print.select("a[href=https://example.org/pad]")).isNotEmpty();
        assertThat(print.select("img[alt=Punt]").attr("src")).startsWith("data:image/png;base64,");
    }

    @Test
    void aDroppedLinkKeepsItsTextAndADroppedImageItsAltText() {
        Element content = Fixtures.page(site, "links/inline.html").selectFirst(".handbook-content");
        assertThat(content.select("li")).extracting(Element::text).contains("gemengd", "hex", "backslash",
                "data-png-als-link", "JAVASCRIPT:kwaad()", "Plaatje script", "Plaatje svg");
        assertThat(content.select("li:contains(gemengd), li:contains(Plaatje)").select("a, img")).isEmpty();
        assertThat(content.select("p:contains(Verwijzingen)").text()).isEqualTo("Verwijzingen: eerste, tweede en Verwezen plaatje.");
        assertThat(content.select("h2#kop-met-link").text()).isEqualTo("Kop met link");
        assertThat(content.select("h2#kop-met-link a")).isEmpty();
        Element blocks = Fixtures.page(site, "links/blokken.html").selectFirst(".handbook-content");
        assertThat(blocks.select(".handbook-entry__body").text()).isEqualTo("Een link in een tip.");
        assertThat(blocks.select(".handbook-callout__body").text()).isEqualTo("Een link in een waarschuwing.");
        assertThat(blocks.select("img[alt=html plaatje]")).singleElement().satisfies(img -> assertThat(img.hasAttr("src")).isFalse());
        assertThat(blocks.text()).contains("klik", "tab in html", "letterlijke tab", "diep", "Een citaat.");
    }

    @Test
    void checkWarnsOnceAtTheLineOfEachDroppedUrl() throws IOException {
        CommandRun console = CommandRun.of("check", "--format", "json", "--source", SOURCE.toString());
        assertThat(console.exit()).isZero();
        List<String> reported = new ArrayList<>();
        for (Map<String, Object> problem : ParsedJson.objects(console.out())) {
            assertThat(problem.get("severity")).isEqualTo("warning");
            String message = (String) problem.get("message");
            if (problem.get("code").equals("link.scheme")) assertThat(message).contains("kwaad", "http:, https:, mailto:, tel:");
            if (problem.get("code").equals("image.scheme")) assertThat(message).contains("kwaadbeeld", "data:image/png");
            String file = (String) problem.get("file");
            reported.add(file.substring(file.indexOf("/hostile-urls/") + "/hostile-urls/".length()) + ":" + problem.get("line")
                    + " " + problem.get("code"));
        }
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expected());
        CommandRun strict = CommandRun.of("check", "--strict", "--source", SOURCE.toString());
        assertThat(strict.exit()).isEqualTo(1);
    }

    @Test
    void relativeUrlsThatJavaRefusesBuildAndLeadFromTheRootInPrint() throws IOException {
        Path source = Fixtures.write(dir.resolve("spaces"), Map.of(
                "handbook.yml", "title: T\n",
                "01-h/index.md", "---\ntitle: H\n---\nZie <a href=\"notes 2024.pdf\">notities</a>, <a href=\"../x|y.txt\">xy-bestand</a>"
                        + " en <img src=\"a|b.png\" alt=\"ab\">.\n",
                // links in raw HTML are checked, so the files they name are there
                "01-h/notes 2024.pdf", "pdf", "x|y.txt", "xy", "01-h/a|b.png", "png"));
        Path out = dir.resolve("spaces-site");
        CommandRun build = CommandRun.of("build", "--source", source.toString(), "--out", out.toString());
        assertThat(build.exit()).as(build.err()).isZero();
        Document print = Fixtures.page(out, "print.html");
        // rewritten to the copied files, escaped where a URL must be
        assertThat(print.select("a:contains(notities)").attr("href")).isEqualTo("h/notes%202024.pdf");
        assertThat(print.select("a:contains(xy-bestand)").attr("href")).isEqualTo("x%7Cy.txt");
        assertThat(print.select("img[alt=ab]").attr("src")).isEqualTo("h/a%7Cb.png");
        assertThat(SiteLinks.broken(out)).isEmpty();
    }

    /** One problem for every line of the fixture that holds a hostile URL, the code named by its marker. */
    private static List<String> expected() throws IOException {
        List<String> expected = new ArrayList<>();
        try (var files = Files.walk(SOURCE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String code = line.contains("kwaadtag") ? "html.unsafe" : line.contains("kwaadbeeld") ? "image.scheme"
                            : line.contains("kwaad") ? "link.scheme" : null;
                    if (code != null) expected.add(SOURCE.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + " " + code);
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(40);
        return expected;
    }
}
