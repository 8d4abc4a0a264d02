package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCliTest extends CapturedConsole {
    @TempDir
    Path dir;

    @Test
    void releaseThenVerifyThenRefuseTheSameVersionThenFindATamperedFile() throws Exception {
        Path source = Fixtures.copy("edition", dir);
        String releases = dir.resolve("releases").toString();
        assertThat(Main.execute("release", "1", "--source", source.toString(), "--releases", releases)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("release 1 gemaakt");

        assertThat(Main.execute("verify", dir.resolve("releases/1").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("release 1 is ongeschonden");

        assertThat(Main.execute("release", "1", "--source", source.toString(), "--releases", releases)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("release 1 bestaat al", "[release.exists]", "er is niets geschreven")
                .doesNotContain("Exception");

        Files.writeString(dir.resolve("releases/1/index.html"), "vervalst");
        err.reset();
        assertThat(Main.execute("verify", dir.resolve("releases/1").toString(), "--language", "en")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("altered: index.html", "release 1 is NOT intact");
    }

    @Test
    void wrongUseExitsTwoWithAMessage() {
        Path source = Fixtures.copy("edition", dir);
        assertThat(Main.execute("release", "../x", "--source", source.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("‘../x’ kan geen versie van een release zijn");
        assertThat(Main.execute("verify", dir.resolve("nergens").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bestaat niet").doesNotContain("Exception");
    }

    @Test
    void bothCommandsExplainThemselves() {
        assertThat(Main.execute("release", "--help")).isZero();
        assertThat(Main.execute("verify", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("VERSION", "--releases", "--title", "manifest.json", "SOURCE_DATE_EPOCH", "aliases")
                .contains("PATH", "gewijzigd, ontbrekend en extra bestand"); // the help speaks the sample handbook's Dutch
    }
}
