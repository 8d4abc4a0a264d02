package dev.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseUrlTest {
    @TempDir
    Path dir;

    private HandbookConfig load(String yaml, Problems problems) {
        Path source = Fixtures.write(dir, Map.of("handbook.yml", yaml));
        return new ConfigLoader(problems).load(source);
    }

    @Test
    void aWebAddressIsKeptEndingInASlash() {
        Problems problems = new Problems();
        HandbookConfig config = load("title: T\nbase-url: https://handboek.example.nl/bw\n", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(config.baseUrl()).isEqualTo("https://handboek.example.nl/bw/");
    }

    @Test
    void somethingElseIsAProblemAtItsLine() {
        Problems problems = new Problems();
        HandbookConfig config = load("title: T\nbase-url: handboek.example.nl\n", problems);
        assertThat(config.baseUrl()).isNull();
        assertThat(problems.sorted()).extracting(Problem::code, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("config.base-url", 2));
    }
}
