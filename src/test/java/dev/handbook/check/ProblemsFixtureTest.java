package dev.handbook.check;

import dev.handbook.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.handbook.Fixtures;
import dev.handbook.ParsedJson;
import dev.handbook.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "problems" fixture holds one of every mistake an editor makes; check reports each one. */
class ProblemsFixtureTest {
    @TempDir
    Path dir;

    private static CommandRun check(Path source) {
        return CommandRun.of("check", "--format", "json", "--source", source.toString());
    }

    /** Each problem of a JSON report as "file:line severity code", the file relative to the fixture. */
    private static List<String> rows(String json) {
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> problem : ParsedJson.objects(json)) {
            assertThat(problem.keySet()).containsExactly("file", "line", "column", "severity", "code", "message", "hint");
            assertThat(problem.get("file")).asInstanceOf(STRING).contains("/problems/");
            assertThat(problem.get("line")).isInstanceOf(Long.class);
            assertThat(problem.get("column")).isInstanceOf(Long.class);
            assertThat(problem.get("severity")).asInstanceOf(STRING).matches("\\w+");
            assertThat(problem.get("code")).asInstanceOf(STRING).isNotEmpty();
            assertThat(problem.get("message")).isInstanceOf(String.class);
            String file = (String) problem.get("file");
            rows.add(file.substring(file.lastIndexOf("/problems/") + "/problems/".length()) + ":" + problem.get("line")
                    + " " + problem.get("severity") + " " + problem.get("code"));
        }
        return rows;
    }

    @Test
    void reportsEveryKindOfProblemAtItsFileAndLineInOneRun() {
        CommandRun run = check(Fixtures.copy("problems", dir));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(rows(run.out())).containsExactly(
                "01-hoofdstuk/01-casus.md:5 error field.not-a-year",
                "01-hoofdstuk/01-casus.md:6 error field.not-allowed",
                "01-hoofdstuk/01-casus.md:8 error fence.unknown-name",
                "01-hoofdstuk/02-kapot.md:2 error yaml.colon-in-value",
                "01-hoofdstuk/03-zonder-titel.md:2 error frontmatter.title-missing",
                "01-hoofdstuk/04-dubbel.md:1 error entry.duplicate-id",
                "01-hoofdstuk/05-dubbel.md:0 warning page.renamed",
                "01-hoofdstuk/06-dubbel.md:0 warning page.renamed",
                "01-hoofdstuk/07-latin1.md:0 error file.not-utf8",
                "01-hoofdstuk/index.md:3 error frontmatter.unknown-key",
                "01-hoofdstuk/index.md:7 warning heading.skipped",
                "01-hoofdstuk/index.md:9 error image.missing",
                "01-hoofdstuk/index.md:9 warning image.no-alt",
                "01-hoofdstuk/index.md:11 error link.broken",
                "01-hoofdstuk/index.md:11 error link.anchor-missing",
                "01-hoofdstuk/index.md:13 warning html.unsafe",
                "01-hoofdstuk/index.md:15 warning html.unsafe",
                "01-hoofdstuk/sub/index.md:0 error page.duplicate-output",
                "_oud/vergeten.md:0 warning file.unreached",
                "assets/notities.md:0 warning file.unreached",
                "handbook.yml:3 error config.unknown-key",
                "handbook.yml:5 error config.required-unknown",
                "handbook.yml:9 error config.field-type",
                "index.md:4 error link.outside");
    }

    @Test
    void speaksTheHandbooksLanguage() throws Exception {
        Path dutch = Fixtures.copy("problems", dir.resolve("nl"));
        assertThat(ParsedJson.objects(check(dutch).out())).extracting(problem -> problem.get("message"))
                .contains("onbekende waarde ‘regionaal ’ voor ‘schaal’; toegestaan: lokaal, regionaal");
        Path english = Fixtures.copy("problems", dir.resolve("en"));
        Files.writeString(english.resolve("handbook.yml"),
                Files.readString(english.resolve("handbook.yml")).replace("language: nl", "language: en"));
        String json = check(english).out();
        assertThat(ParsedJson.objects(json)).anySatisfy(problem -> assertThat(problem)
                .containsEntry("message", "unknown value ‘regionaal ’ for ‘schaal’; allowed: lokaal, regionaal")
                .containsEntry("hint", "Did you mean ‘regionaal’?"));
        assertThat(rows(json)).hasSize(24);
    }

    @Test
    void aFailedBuildOfItLeavesTheEarlierSiteByteForByte() throws Exception {
        Path source = Fixtures.copy("basic", dir);
        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "-s", source.toString(), "-o", site.toString())).isZero();
        List<String> files = Fixtures.files(site);
        byte[] home = Files.readAllBytes(site.resolve("index.html"));
        assertThat(Main.execute("build", "-s", Fixtures.copy("problems", dir.resolve("p")).toString(), "-o", site.toString())).isEqualTo(1);
        assertThat(Fixtures.files(site)).isEqualTo(files);
        assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(home);
    }
}
