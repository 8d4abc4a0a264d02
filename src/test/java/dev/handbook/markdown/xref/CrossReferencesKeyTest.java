package dev.handbook.markdown.xref;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.markdown.xref.CrossReferences.Target;
import dev.handbook.markdown.xref.ReferenceScan.Kind;
import dev.handbook.markdown.xref.ReferenceScan.Use;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The part of the structure key the cross-references give: what other pages show of a page, nothing else. */
class CrossReferencesKeyTest {
    private static CrossReferences references(int useLine, String caption) {
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("fig-monitor", new Target(Kind.FIGURE, "2.1", "meten/monitor.html", "fig-monitor", caption));
        targets.put("sec-aanpak", new Target(Kind.SECTION, "", "meten/monitor.html", "aanpak", "Aanpak"));
        return new CrossReferences(targets, Map.of("02-meten/01-monitor.md", List.of(new Use("fig-monitor", useLine, 5))), Map.of());
    }

    @Test
    void aReferenceThatMovesToAnotherLineLeavesTheKeyAsItWas() {
        assertThat(references(12, "De monitor").key()).isEqualTo(references(40, "De monitor").key());
    }

    @Test
    void aNewCaptionChangesTheKey() {
        assertThat(references(12, "De monitor").key()).isNotEqualTo(references(12, "De nieuwe monitor").key())
                .contains("fig-monitor", "2.1");
    }
}
