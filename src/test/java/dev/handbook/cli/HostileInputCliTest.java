package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that once overflowed the stack or buried its cause: exit 1, the problem at its file and line,
 * and nothing in what the user sees that reads like a crash.
 */
class HostileInputCliTest extends CapturedConsole {
    @TempDir
    Path dir;

    private Path handbook(String settings, String body) {
        return Fixtures.write(dir.resolve("content"), Map.of(
                "handbook.yml", settings,
                "index.md", "---\ntitle: Home\n---\nHallo.\n",
                "01-h/index.md", "---\ntitle: H\n---\n" + body));
    }

    private String seen() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private void assertNoCrash() {
        assertThat(seen()).doesNotContain("Exception", "StackOverflow", "Error:", "\tat ", "internal error", "interne fout");
    }

    @Test
    void deepNestingExitsOneAtItsLine() {
        String lists = "";
        for (int i = 0; i < 400; i++) lists += "  ".repeat(i) + "- a\n";
        Map<String, String> bodies = Map.of(
                lists, "01-h/index.md:104:1",
                ">".repeat(1000) + " a\n", "01-h/index.md:4:1",
                "<div>".repeat(5000) + "x" + "</div>".repeat(5000) + "\n", "01-h/index.md:4:1",
                "::: note B\n".repeat(500) + "x\n" + ":::\n".repeat(500), "01-h/index.md:104:1",
                "::: note B\n".repeat(10_000) + "x\n" + ":::\n".repeat(10_000), "01-h/index.md:104:1");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            Path source = handbook("title: Proef\n", body.getKey());
            for (String command : new String[] {"check", "build"}) {
                out.reset();
                err.reset();
                String[] args = command.equals("build")
                        ? new String[] {"build", "--source", source.toString(), "--out", dir.resolve("site").toString()}
                        : new String[] {"check", "--source", source.toString()};
                assertThat(Main.execute(args)).as(command + " " + body.getValue()).isEqualTo(1);
                assertThat(seen()).contains(body.getValue() + ": fout: te diep genest:", "hoogstens 100");
                assertNoCrash();
            }
            assertThat(dir.resolve("site")).doesNotExist();
        }
    }

    @Test
    void anUnclosedFenceExitsOneAtItsOpeningLine() {
        Path source = handbook("title: Proef\n", "Tekst.\n\n::: note Open\nbinnen\n");
        assertThat(Main.execute("check", "--source", source.toString())).isEqualTo(1);
        assertThat(seen()).contains("01-h/index.md:6:1: fout: blok ‘note’ is niet gesloten; sluit het met :::");
        assertNoCrash();
    }

    @Test
    void aBrokenHandbookYmlIsTheOnlyProblem() {
        Path source = handbook("title: Proef\ntypes:\n  tip: { label: Tip, plural: Tips\n",
                "---\ntitle: H\ntype: tip\n---\n::: tip Een\nx\n:::\n");
        assertThat(Main.execute("check", "--source", source.toString())).isEqualTo(1);
        assertThat(seen()).contains("handbook.yml:", "[yaml.unclosed-bracket]", "1 fout(en), 0 waarschuwing(en)")
                .doesNotContain("01-h/index.md");
        assertNoCrash();
    }

    @Test
    void anEmptyHandbookYmlIsAnErrorInEnglishToo() {
        Path source = handbook("language: en\n", "Tekst.\n");
        assertThat(Main.execute("build", "--source", source.toString(), "--out", dir.resolve("site").toString()))
                .isEqualTo(1);
        assertThat(seen()).contains("handbook.yml:1:1: error: handbook.yml has no ‘title’", "fix: Add a line such as");
        assertNoCrash();
        out.reset();
        err.reset();
        Path empty = handbook("", "Tekst.\n");
        assertThat(Main.execute("check", "--source", empty.toString())).isEqualTo(1);
        assertThat(seen()).contains("handbook.yml:1:1: fout: handbook.yml heeft geen ‘title’");
        assertNoCrash();
    }
}
