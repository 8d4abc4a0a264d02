package dev.handbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrictYamlTest {
    private final StrictYaml yaml = new StrictYaml();

    private Object value(String text) throws YamlException {
        YamlMap map = (YamlMap) yaml.parse("v: " + text + "\n");
        return ((YamlScalar) map.get("v").orElseThrow()).value();
    }

    @Test
    void valuesMeanWhatTheEditorTyped() throws Exception {
        assertThat(value("NO")).isEqualTo("NO");
        assertThat(value("on")).isEqualTo("on");
        assertThat(value("yes")).isEqualTo("yes");
        assertThat(value("0123")).isEqualTo("0123");
        assertThat(value("2025.1")).isEqualTo("2025.1");
        assertThat(value("1e3")).isEqualTo("1e3");
        assertThat(value("0x1F")).isEqualTo("0x1F");
        assertThat(value("12:30")).isEqualTo("12:30");
    }

    @Test
    void numbersBooleansDatesAndEmptyValuesGetTheirType() throws Exception {
        assertThat(value("2024")).isEqualTo(2024L);
        assertThat(value("true")).isEqualTo(true);
        assertThat(value("2025-06-02")).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(value("")).isNull();
        assertThat(value("\"2024\"")).isEqualTo("2024");
    }

    @Test
    void anImpossibleDateStaysTextForTheFieldCheckToReport() throws Exception {
        assertThat(value("2025-02-30")).isEqualTo("2025-02-30");
    }

    @Test
    void remembersLinesAndColumns() throws Exception {
        YamlMap map = (YamlMap) yaml.parse("title: A\nthema:\n  - x\n  - y\n");
        YamlList list = (YamlList) map.get("thema").orElseThrow();
        assertThat(list.items().get(1).pos()).isEqualTo(new Pos(4, 5));
        assertThat(map.entries().get("thema").keyPos()).isEqualTo(new Pos(2, 1));
    }

    @Test
    void reportsSyntaxErrorsAndDuplicateKeysWithTheirPosition() {
        assertThatThrownBy(() -> yaml.parse("title: A\ntitle: B\n"))
                .isInstanceOf(YamlException.class)
                .satisfies(e -> assertThat(((YamlException) e).pos().line()).isEqualTo(2));
        assertThatThrownBy(() -> yaml.parse("a: [1, 2\nb: 3\n"))
                .isInstanceOf(YamlException.class)
                .satisfies(e -> assertThat(((YamlException) e).pos().line()).isGreaterThan(0));
    }
}
