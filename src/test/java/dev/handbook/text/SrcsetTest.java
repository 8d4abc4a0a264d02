package dev.handbook.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SrcsetTest {
    @Test
    void candidatesAreRunsWithoutSpacesAndDescriptorsRunToTheNextComma() {
        assertThat(Srcset.urls("a.png 1x, b.png 2x")).containsExactly("a.png", "b.png");
        // a comma inside a run is part of the URL, as a browser reads it; only commas at its end separate
        assertThat(Srcset.urls("a.png,b.png")).containsExactly("a.png,b.png");
        assertThat(Srcset.urls("a.png, b.png")).containsExactly("a.png", "b.png");
        assertThat(Srcset.urls("a.png,, b.png")).containsExactly("a.png", "b.png");
        assertThat(Srcset.urls("  a.png  480w ,\n b.png 800w")).containsExactly("a.png", "b.png");
        assertThat(Srcset.urls("data:image/png;base64,AAAA 1x, c.png 2x")).containsExactly("data:image/png;base64,AAAA", "c.png");
        assertThat(Srcset.urls("a.png (max-width: 1,2) 1x, b.png")).containsExactly("a.png", "b.png");
        assertThat(Srcset.urls(" , ")).isEmpty();
    }

    @Test
    void mappingChangesTheUrlsAndKeepsEverythingElseAsWritten() {
        assertThat(Srcset.map("a.png 1x,  b.png 2x", url -> "x/" + url)).isEqualTo("x/a.png 1x,  x/b.png 2x");
        assertThat(Srcset.map("a.png, b.png", url -> url.toUpperCase())).isEqualTo("A.PNG, B.PNG");
    }
}
