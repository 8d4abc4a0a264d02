package dev.handbook.markdown.xref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick test that lets a page without labels and references skip the line-by-line scan. */
class ReferenceMentionTest {
    @Test
    void everyKindOfLabelAndReferenceIsNoticedWhereverItStands() {
        for (String text : new String[] {"#fig-kaart", "{#tbl-cijfers}", "zie @fig-kaart.", "in @tbl-cijfers", "(@sec-inleiding)",
                "- een lijst\n- met streepjes\n\nen dan @sec-slot"}) {
            assertThat(ReferenceScan.mentionsReferences(text)).as(text).isTrue();
        }
    }

    @Test
    void textWithoutThemIsNotReadFurther() {
        for (String text : new String[] {"", "-", "fig-kaart", "#sec-inleiding", "@fig kaart", "@@-", "# Kop\n\n- een - twee -- drie",
                "sfig-", "#fi-g"}) {
            assertThat(ReferenceScan.mentionsReferences(text)).as(text).isFalse();
        }
    }
}
