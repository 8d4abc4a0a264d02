package dev.handbook.serve.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A form's change rewrites only the value it changed: key order, comments, quotes and other lines stay. */
class FrontMatterEditorTest {
    static final String YAML = """
            title: "Raamwerk in Drenthe"
            type: casus
            # de schaal volgens de provincie
            schaal: regionaal   # lokaal of regionaal
            jaar: 2023
            thema:
              - a
            regio: Drenthe
            related: [eerste-tip]
            """;

    static Map<String, FormValue> before() {
        return FrontMatterValues.read(YAML).orElseThrow();
    }

    static String apply(Map<String, FormValue> changes) {
        return FrontMatterEditor.apply(YAML, before(), changes, Set.of("title", "schaal", "jaar"));
    }

    @Test
    void readsTheValuesInTheFilesOrder() {
        assertThat(before().keySet()).containsExactly("title", "type", "schaal", "jaar", "thema", "regio", "related");
        assertThat(before().get("thema").items()).containsExactly("a");
        assertThat(before().get("jaar").text()).isEqualTo("2023");
    }

    @Test
    void aChangedChoiceKeepsItsCommentAndEveryOtherLine() {
        Map<String, FormValue> form = new LinkedHashMap<>(before());
        form.put("schaal", FormValue.scalar("lokaal"));
        assertThat(apply(form)).isEqualTo(YAML.replace("schaal: regionaal   # lokaal", "schaal: lokaal   # lokaal"));
    }

    @Test
    void unchangedValuesAreNotRewrittenHoweverTheyAreQuoted() {
        assertThat(apply(before())).isEqualTo(YAML);
    }

    @Test
    void aQuotedTextStaysQuotedAndAYearStaysANumber() {
        Map<String, FormValue> form = new LinkedHashMap<>(before());
        form.put("title", FormValue.scalar("Raamwerk: Drenthe"));
        form.put("jaar", FormValue.scalar("2024"));
        form.put("regio", FormValue.scalar("true"));
        String out = apply(form);
        assertThat(out).contains("title: \"Raamwerk: Drenthe\"\n", "jaar: 2024\n", "regio: \"true\"\n");
    }

    @Test
    void aBlockListStaysABlockListAndAFlowListAFlowList() {
        Map<String, FormValue> form = new LinkedHashMap<>(before());
        form.put("thema", FormValue.list(List.of("a", "b")));
        form.put("related", FormValue.list(List.of("eerste-tip", "tweede, met komma")));
        String out = apply(form);
        assertThat(out).contains("thema:\n  - a\n  - b\nregio: Drenthe\n", "related: [eerste-tip, \"tweede, met komma\"]\n");
    }

    @Test
    void anEmptiedKeyGoesUnlessItIsRequiredAndANewKeyComesLast() {
        Map<String, FormValue> form = new LinkedHashMap<>(before());
        form.put("regio", FormValue.scalar(""));
        form.put("schaal", FormValue.scalar(""));
        form.put("status", FormValue.scalar("draft"));
        String out = apply(form);
        assertThat(out).doesNotContain("regio: ").contains("schaal:   # lokaal of regionaal\n").endsWith("status: draft\n");
    }

    @Test
    void anEmptyValueWithACommentAsNewWritesItGetsTheValueBeforeTheComment() {
        String yaml = "title: \"X\"\nregio:      # vrije tekst\n";
        Map<String, FormValue> before = FrontMatterValues.read(yaml).orElseThrow();
        Map<String, FormValue> form = new LinkedHashMap<>(before);
        form.put("regio", FormValue.scalar("Zeeland"));
        assertThat(FrontMatterEditor.apply(yaml, before, form, Set.of())).isEqualTo("title: \"X\"\nregio: Zeeland      # vrije tekst\n");
    }
}
