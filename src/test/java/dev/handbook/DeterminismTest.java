package dev.handbook;

import dev.handbook.pipeline.Options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void buildingTheSameInputTwiceGivesTheSameBytes() throws Exception {
        Path source = Fixtures.copy("basic", dir);
        Handbooks.build(source, dir.resolve("one"), Options.DEFAULT);
        Handbooks.build(source, dir.resolve("two"), Options.DEFAULT);
        assertThat(Fixtures.files(dir.resolve("one"))).isNotEmpty().isEqualTo(Fixtures.files(dir.resolve("two")));
        for (String file : Fixtures.files(dir.resolve("one"))) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
        }
    }
}
