package dev.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** mkdocs.yml's Python tags become plain values and nothing is run; words stay words. */
class LooseYamlTest {
    @Test
    void pythonAndEnvTagsArePlainValues() throws Exception {
        Map<?, ?> yaml = (Map<?, ?>) LooseYaml.load("""
                format: !!python/name:pymdownx.superfences.fence_code_format
                enabled: !ENV [MACROS, true]
                obj: !!python/object/apply:os.system ["echo hi"]
                answer: on
                when: 2025-06-02
                really: true
                """);
        assertThat(yaml.get("format")).isEqualTo(""); // the name is in the tag, which names code: nothing is looked up
        assertThat(yaml.get("enabled")).isEqualTo(List.of("MACROS", true));
        assertThat(yaml.get("obj")).isEqualTo(List.of("echo hi"));
        assertThat(yaml.get("answer")).isEqualTo("on");
        assertThat(yaml.get("when")).isEqualTo("2025-06-02");
        assertThat(yaml.get("really")).isEqualTo(true);
    }

    @Test
    void brokenYamlSaysWhere() {
        assertThatThrownBy(() -> LooseYaml.load("a: [1,\nb: 2\n")).isInstanceOf(LooseYaml.Failure.class)
                .satisfies(e -> assertThat(((LooseYaml.Failure) e).line).isPositive());
    }

    @Test
    void aDuplicateKeyKeepsTheLastValueAndPrintsNothing() throws Exception {
        List<java.util.logging.LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord record) { records.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            Object yaml = LooseYaml.load("hide:\n  - toc\nhide:\n  - nav\n");
            assertThat(yaml).isEqualTo(Map.of("hide", List.of("nav")));
        } finally {
            root.removeHandler(handler);
        }
        assertThat(records).isEmpty();
    }
}
