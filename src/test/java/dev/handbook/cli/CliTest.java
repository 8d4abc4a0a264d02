package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.ParsedJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest extends CapturedConsole {
    @TempDir
    Path dir;

    @Test
    void buildExitsZeroAndSaysWhereToOpenTheSite() {
        Path source = Fixtures.copy("basic", dir);
        int code = Main.execute("build", "--source", source.toString(), "--out", dir.resolve("site").toString());
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("10 pagina’s gebouwd", "index.html");
    }

    @Test
    void problemsInTheContentExitOneWithMessagesAndNoStackTrace() {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", "---\ntitle: A\nthema: x\n---\n"));
        int code = Main.execute("build", "--source", source.toString(), "--out", dir.resolve("site").toString());
        assertThat(code).isEqualTo(1);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("01-a.md:3:1: fout: onbekende sleutel ‘thema’", "niet gebouwd").doesNotContain("Exception");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void warningsFailOnlyWhenStrict() {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", "---\ntitle: A\n---\n![](a.svg)\n",
                "a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        assertThat(Main.execute("check", "--source", source.toString())).isZero();
        assertThat(Main.execute("check", "--strict", "--source", source.toString())).isEqualTo(1);
    }

    @Test
    void checkWritesJsonForTools() {
        Path source = Fixtures.write(dir.resolve("src"), Map.of("handbook.yml", "title: Proef\ncolour: rood\n"));
        int code = Main.execute("check", "--format", "json", "--source", source.toString());
        assertThat(code).isEqualTo(1);
        assertThat(ParsedJson.objects(out.toString(StandardCharsets.UTF_8))).extracting(problem -> problem.get("code"))
                .contains("config.unknown-key");
    }

    @Test
    void wrongUseExitsTwo() {
        assertThat(Main.execute("build", "--no-such-option")).isEqualTo(2);
        assertThat(Main.execute("check", "--source", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(Main.execute()).isEqualTo(2);
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : new String[] {"build", "check"}) {
            out.reset();
            assertThat(Main.execute(command, "--help")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("handbook " + command, "--source");
        }
    }
}
