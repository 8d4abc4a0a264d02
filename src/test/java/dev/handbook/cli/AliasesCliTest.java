package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.ParsedJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An alias becomes a file of the site: one that would lie outside the site is an error at its line. */
class AliasesCliTest extends CapturedConsole {
    @TempDir
    Path dir;

    @Test
    void anAliasThatLeadsOutOfTheSiteIsAnErrorAtItsLine() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", """
                        ---
                        title: A
                        aliases:
                          - oud/goed.html
                          - ../../buiten.html
                          - /etc/oud.html
                          - oud/../../../weg.html
                          - "..\\\\windows.html"
                          - ../permalink
                          - C:/oud.html
                          - oud//dubbel.html
                          - goed-id
                        ---
                        Tekst.
                        """));

        int code = Main.execute("check", "--format", "json", "--source", source.toString());

        assertThat(code).isEqualTo(1);
        List<Map<String, Object>> problems = ParsedJson.objects(out.toString(StandardCharsets.UTF_8));
        assertThat(problems).extracting(p -> p.get("code") + ":" + p.get("line"))
                .containsExactlyInAnyOrder("frontmatter.alias-outside:5", "frontmatter.alias-outside:6",
                        "frontmatter.alias-outside:7", "frontmatter.alias-outside:8", "frontmatter.alias-outside:9",
                        "frontmatter.alias-outside:10", "frontmatter.alias-outside:11");
        assertThat(problems).filteredOn(p -> ((Number) p.get("line")).intValue() == 5).extracting(p -> p.get("message"), p -> p.get("hint"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("de alias ‘../../buiten.html’ wijst buiten de site",
                        "Schrijf een alias als id of als pad vanaf de hoofdmap van de site, zonder ‘/’ vooraan en zonder ‘..’, "
                                + "bijvoorbeeld ‘buiten.html’."));

        err.reset();
        Path site = dir.resolve("out/site");
        assertThat(Main.execute("build", "--source", source.toString(), "--out", site.toString())).isEqualTo(1);
        assertThat(site).doesNotExist();
        assertThat(dir.resolve("buiten.html")).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("01-a.md:5:").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aliasesInsideTheSiteBecomePages() throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", "---\ntitle: A\naliases: [oud/goed.html, goed-id]\n---\nTekst.\n"));
        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "--source", source.toString(), "--out", site.toString())).isZero();
        assertThat(Files.isRegularFile(site.resolve("oud/goed.html"))).isTrue();
        assertThat(Fixtures.page(site, "e/goed-id.html").select("a[href]").eachAttr("href")).contains("../a.html");
    }
}
