package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.output.LockHolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says and exits with when the output folder is in the way: the user's machine, not a bug. */
class OutputCliTest extends CapturedConsole {
    @TempDir
    Path dir;

    private Path handbook() {
        return Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Proef\n",
                "01-a.md", "---\ntitle: A\n---\nTekst.\n"));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anOutputFolderBelowAFileExitsOneWithADutchMessageNamingTheFile() throws Exception {
        Path source = handbook();
        Path file = Files.writeString(dir.resolve("notities.txt"), "x");
        int code = Main.execute("build", "--source", source.toString(), "--out", file.resolve("site").toString());
        assertThat(code).isEqualTo(1);
        assertThat(errors()).contains(file + " is een bestand, geen map", "Kies met --out een plek in een map", "niet gebouwd")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aSecondBuildIntoTheSameFolderExitsOneNamingTheOtherProcess() throws Exception {
        Path source = handbook();
        Path site = dir.resolve("site");
        Process other = LockHolder.start(dir.resolve(".site.lock"));
        try {
            int code = Main.execute("build", "--source", source.toString(), "--out", site.toString());
            assertThat(code).isEqualTo(1);
            assertThat(errors()).contains("een andere run (proces " + other.pid() + ") schrijft op dit moment in de uitvoermap")
                    .doesNotContain("Exception");
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Main.execute("build", "--source", source.toString(), "--out", site.toString())).isZero();
    }

    @Test
    void aSecondReleaseOfTheSameVersionExitsOneNamingTheOtherProcess() throws Exception {
        Path source = handbook();
        Path releases = Files.createDirectory(dir.resolve("releases"));
        Process other = LockHolder.start(releases.resolve(".1.0.lock"));
        try {
            int code = Main.execute("release", "1.0", "--source", source.toString(), "--releases", releases.toString());
            assertThat(code).isEqualTo(1);
            assertThat(errors()).contains("release 1.0 wordt op dit moment al gemaakt door een andere run (proces "
                    + other.pid() + ")").doesNotContain("Exception");
            assertThat(releases.resolve("1.0")).doesNotExist();
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSymbolicLinkAsOutputExitsOneSayingWhereItPoints() throws Exception {
        Path source = handbook();
        Path real = Files.createDirectory(dir.resolve("echt"));
        Path link = Files.createSymbolicLink(dir.resolve("site"), real);
        int code = Main.execute("build", "--source", source.toString(), "--out", link.toString());
        assertThat(code).isEqualTo(1);
        assertThat(errors()).contains("is een symbolische koppeling naar " + real, "Geef met --out de map zelf op");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void theCrashSentenceNamesNoJavaClass() {
        StringWriter text = new StringWriter();
        int code = CrashReport.write(new IllegalStateException("java.io.IOException: kapot"), new PrintWriter(text));
        assertThat(code).isEqualTo(70);
        assertThat(text.toString()).contains("illegal state (kapot)").doesNotContain("Exception");
        assertThat(CrashReport.summary(new NullPointerException())).isEqualTo("null pointer");
    }
}
