package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new} and the ways {@code serve} refuses to start: exit codes and sentences in the handbook's language. */
class EditorCommandsTest extends CapturedConsole {
    @TempDir
    Path dir;

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void newPrintsThePathOfThePageAndWhatIsLeftToFillIn() throws IOException {
        Path source = Fixtures.copy("entries", dir);
        int code = Main.execute("new", "casus", "Raamwerk in Drenthe", "--source", source.toString(), "--chapter", "02-casussen");
        assertThat(code).isZero();
        Path file = source.resolve("02-casussen/03-raamwerk-in-drenthe.md");
        assertThat(file).exists();
        assertThat(out()).contains("Nieuwe pagina: " + file, "Vul nog in: schaal, jaar.");
        assertThat(Files.readString(file)).contains("title: \"Raamwerk in Drenthe\"", "type: casus");
    }

    @Test
    void newRefusesToOverwriteWithExitOneAndNoStackTrace() throws IOException {
        Path source = Fixtures.copy("entries", dir);
        assertThat(Main.execute("new", "tip", "Kort", "--source", source.toString(), "--chapter", "begin")).isZero();
        Path file = source.resolve("01-begin/02-kort.md");
        Files.writeString(file, "---\ntitle: Kort\n---\nAl begonnen.\n");
        int code = Main.execute("new", "tip", "Kort", "--source", source.toString(), "--chapter", "begin");
        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("fout:", "kort.html", "oplossing: Kies een andere titel").doesNotContain("Exception");
        assertThat(Files.readString(file)).contains("Al begonnen.");
    }

    @Test
    void newWithAnUnknownTypeIsWrongUseWithASuggestionInTheHandbooksLanguage() throws IOException {
        Path source = Fixtures.copy("entries", dir);
        Files.writeString(source.resolve("handbook.yml"), Files.readString(source.resolve("handbook.yml")).replace("language: nl", "language: en"));
        int code = Main.execute("new", "cassus", "X", "--source", source.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("error: unknown type ‘cassus’", "hint: Did you mean ‘casus’? Types in handbook.yml: les, tip, casus.")
                .doesNotContain("Exception");
    }

    @Test
    void serveOnAPortInUseSaysSoAndExitsTwo() throws IOException {
        Path source = Fixtures.copy("entries", dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int code = Main.execute("serve", "--source", source.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(code).isEqualTo(2);
            assertThat(err()).contains("poort " + taken.getLocalPort() + " op 127.0.0.1 is al in gebruik", "--port 0")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void serveWithoutAContentFolderOrWithABadPortExitsTwo() {
        assertThat(Main.execute("serve", "--source", dir.resolve("nergens").toString())).isEqualTo(2);
        assertThat(err()).doesNotContain("Exception");
        Path source = Fixtures.copy("entries", dir);
        assertThat(Main.execute("serve", "--source", source.toString(), "--port", "70000")).isEqualTo(2);
        assertThat(err()).contains("poort 70000 bestaat niet").doesNotContain("Exception");
    }

    @Test
    void serveEditOnAnAddressOthersReachDoesNotStart() {
        Path source = Fixtures.copy("entries", dir);
        assertThat(Main.execute("serve", "--source", source.toString(), "--edit", "--host", "0.0.0.0", "--port", "0")).isEqualTo(2);
        assertThat(err()).contains("--edit werkt alleen op deze computer", "--host 0.0.0.0").doesNotContain("Exception");
    }
}
