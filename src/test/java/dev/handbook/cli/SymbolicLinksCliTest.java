package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.Fixtures;
import dev.handbook.ParsedJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in the content folder, through the command line: nothing whose real path lies outside
 * the content folder is read or published, each bad link is named once at its own path, and a link
 * that stays inside keeps working.
 */
class SymbolicLinksCliTest extends CapturedConsole {
    static final String SECRET = "GEHEIM-buiten-het-handboek";

    @TempDir
    Path dir;

    private Path source;
    private Path outside;

    @BeforeEach
    void handbook() throws IOException {
        source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a/index.md", "---\ntitle: A\n---\nDe inleiding ![logo](logo.svg)\n",
                "01-a/01-p.md", "---\ntitle: P\n---\nTekst met een figuur: ![figuur](figuren/f.svg)\n",
                "assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>logo</title></svg>",
                "_gedeeld/figuren/f.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>f</title></svg>",
                "_gedeeld/03-gedeeld.md", "---\ntitle: Gedeeld\n---\nDe gedeelde pagina.\n"));
        outside = Files.createDirectories(dir.resolve("buiten"));
        Files.writeString(outside.resolve("geheim.txt"), SECRET);
        Files.writeString(outside.resolve("pagina.md"), "---\ntitle: Van buiten\n---\n" + SECRET + "\n");
        Files.createDirectories(outside.resolve("apt"));
        Files.writeString(outside.resolve("apt/sources.list"), SECRET);
        try {
            // inside the handbook: an image from the handbook's assets, a folder of figures, a shared page
            link("01-a/logo.svg", source.resolve("assets/logo.svg"));
            link("01-a/figuren", source.resolve("_gedeeld/figuren"));
            link("01-a/02-gedeeld.md", source.resolve("_gedeeld/03-gedeeld.md"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links on this file system: " + e);
        }
    }

    private void link(String at, Path target) throws IOException {
        Path link = source.resolve(at);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    private List<Map<String, Object>> check() {
        out.reset();
        int code = Main.execute("check", "--format", "json", "--source", source.toString());
        List<Map<String, Object>> problems = ParsedJson.objects(out.toString(StandardCharsets.UTF_8));
        assertThat(code).as("exit code, problems: " + problems).isEqualTo(problems.stream()
                .anyMatch(p -> p.get("severity").equals("error")) ? 1 : 0);
        return problems;
    }

    private String at(Map<String, Object> problem) {
        return problem.get("code") + " " + ((String) problem.get("file")).substring(source.toString().length() + 1)
                + ":" + problem.get("line");
    }

    @Test
    void linksOutOfTheHandbookAreErrorsAtTheirPathAndNothingIsWritten() throws IOException {
        link("01-a/apt", outside.resolve("apt"));
        link("01-a/geheim.png", outside.resolve("geheim.txt"));
        link("01-a/05-buiten.md", outside.resolve("pagina.md"));
        link("assets/buiten", outside);

        List<Map<String, Object>> problems = check();

        assertThat(problems).filteredOn(p -> ((String) p.get("code")).startsWith("file.link")).extracting(this::at)
                .containsExactlyInAnyOrder(
                        "file.link-outside 01-a/apt:0",
                        "file.link-outside 01-a/geheim.png:0",
                        "file.link-outside 01-a/05-buiten.md:0",
                        "file.link-outside assets/buiten:0");
        assertThat(problems).filteredOn(p -> p.get("file").toString().endsWith("01-a/apt"))
                .extracting(p -> p.get("message").toString())
                .containsExactly("deze symbolische koppeling wijst naar " + outside.resolve("apt").toRealPath()
                        + ", buiten de map van het handboek");
        assertThat(problems).extracting(p -> p.get("message").toString()).noneMatch(m -> m.contains(SECRET));

        err.reset();
        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "--source", source.toString(), "--out", site.toString())).isEqualTo(1);
        assertThat(site).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("buiten de map van het handboek")
                .doesNotContain("Exception", SECRET, "\tat ");
    }

    @Test
    void aLoopASelfLinkAndABrokenLinkAreEachNamedOnce() throws IOException {
        link("01-a/terug", source.resolve("01-a").getParent()); // the content folder, above the link
        link("01-a/hier", Path.of("."));                         // its own folder
        link("01-a/zelf", Path.of("zelf"));
        link("01-a/weg.svg", Path.of("bestaat-niet.svg"));
        link("01-a/ring-a", Path.of("ring-b"));
        link("01-a/ring-b", Path.of("ring-a"));

        List<Map<String, Object>> problems = check();

        assertThat(problems).filteredOn(p -> p.get("severity").equals("error")).extracting(this::at)
                .containsExactlyInAnyOrder(
                        "file.link-loop 01-a/terug:0",
                        "file.link-loop 01-a/hier:0",
                        "file.link-loop 01-a/zelf:0",
                        "file.link-loop 01-a/ring-a:0",
                        "file.link-loop 01-a/ring-b:0",
                        "file.link-broken 01-a/weg.svg:0");
        assertThat(Main.execute("build", "--source", source.toString(), "--out", dir.resolve("site").toString()))
                .isEqualTo(1);
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void linksInsideTheHandbookKeepWorkingOnceAndNothingFromOutsideIsPublished() throws IOException {
        // a page linked twice, and a page that is already in the handbook, stay in one place
        link("01-a/04-nog-eens.md", source.resolve("_gedeeld/03-gedeeld.md"));
        link("01-a/06-p-weer.md", source.resolve("01-a/01-p.md"));
        // links out in folders that are no content are neither read nor reported
        link("_oud/geheim.txt", outside.resolve("geheim.txt"));
        link(".verborgen/apt", outside.resolve("apt"));

        List<Map<String, Object>> problems = check();

        assertThat(problems).filteredOn(p -> ((String) p.get("code")).startsWith("file.")).extracting(this::at)
                .containsExactlyInAnyOrder("file.link-duplicate 01-a/04-nog-eens.md:0", "file.link-duplicate 01-a/06-p-weer.md:0");
        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "--source", source.toString(), "--out", site.toString())).isZero();
        assertThat(Fixtures.page(site, "a/gedeeld.html").select("h1").text()).endsWith("Gedeeld");
        assertThat(Fixtures.page(site, "a/gedeeld.html").select(".handbook-content").text()).contains("De gedeelde pagina.");
        assertThat(site.resolve("a/nog-eens.html")).doesNotExist();
        assertThat(site.resolve("a/p-weer.html")).doesNotExist();
        assertThat(Fixtures.page(site, "a/p.html").select(".handbook-content img").attr("src")).isEqualTo("figuren/f.svg");
        assertThat(site.resolve("a/figuren/f.svg")).hasSameBinaryContentAs(source.resolve("_gedeeld/figuren/f.svg"));
        assertThat(site.resolve("a/logo.svg")).hasSameBinaryContentAs(source.resolve("assets/logo.svg"));
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        for (String file : Fixtures.files(site)) {
            assertThat(indexOf(Files.readAllBytes(site.resolve(file)), secret)).as(file).isNegative();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
