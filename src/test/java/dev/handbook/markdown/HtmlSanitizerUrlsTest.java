package dev.handbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.text.UrlPolicy;
import org.junit.jupiter.api.Test;

/** The sanitiser holds every URL attribute of raw HTML to the URL policy and says where it dropped one. */
class HtmlSanitizerUrlsTest {
    @Test
    void judgesEveryUrlAttributeWhicheverTagCarriesIt() {
        assertThat(HtmlUrls.allows("video", "poster", "data:image/png;base64,AAAA")).isTrue();
        assertThat(HtmlUrls.allows("video", "poster", "javascript:x")).isFalse();
        assertThat(HtmlUrls.allows("a", "href", "data:image/png;base64,AAAA")).isFalse();
        assertThat(HtmlUrls.allows("img", "src", "data:image/png;base64,AAAA")).isTrue();
        assertThat(HtmlUrls.allows("iframe", "src", "data:image/png;base64,AAAA")).isFalse();
        assertThat(HtmlUrls.allows("svg", "xlink:href", "JaVaScRiPt:x")).isFalse();
        assertThat(HtmlUrls.allows("iframe", "srcdoc", "hello")).isFalse();
        assertThat(HtmlUrls.allows("button", "formaction", "javascript:x")).isFalse();
        assertThat(HtmlUrls.allows("td", "background", "javascript:x")).isFalse();
        assertThat(HtmlUrls.allows("p", "title", "javascript:x")).isTrue(); // text, not a URL
    }

    @Test
    void judgesEveryCandidateOfASrcset() {
        assertThat(HtmlUrls.allows("img", "srcset", "a.png 1x, b.png 2x, data:image/png;base64,AA,AA 3x")).isTrue();
        assertThat(HtmlUrls.allows("img", "srcset", "a.png 1x,javascript:x 2x")).isFalse();
        assertThat(HtmlUrls.allows("img", "srcset", "a.png 1x, data:image/svg+xml,x 2x")).isFalse();
        assertThat(HtmlUrls.allows("img", "srcset", "a.png 480w,\tjava\tscript:x")).isFalse();
    }

    @Test
    void namesTheLineAndColumnOfEachDroppedUrlInABlock() {
        assertThat(HtmlSanitizer.droppedUrls("<div>\n<p>x</p>\n  <a href=\"JaVaScRiPt:x\">y</a> <img alt=a src=\"data:text/html,x\">\n</div>"))
                .containsExactly(
                        new HtmlSanitizer.DroppedUrl("href", "JaVaScRiPt:x", UrlPolicy.Use.LINK, 3, 6),
                        new HtmlSanitizer.DroppedUrl("src", "data:text/html,x", UrlPolicy.Use.IMAGE, 3, 43));
        assertThat(HtmlSanitizer.droppedUrls("<iframe src=\"javascript:x\"></iframe>")).isEmpty(); // the whole tag goes
        assertThat(HtmlSanitizer.hasActiveMarkup("<a href=\"javascript:x\">y</a>")).isFalse();
        assertThat(HtmlSanitizer.isSafe("<a href=\"javascript:x\">y</a>")).isFalse();
    }

    @Test
    void anInlineTagLosesWhatIsUnsafeAndKeepsTheRest() {
        assertThat(HtmlSanitizer.cleanTag("<a href=\"JaVaScRiPt:x\" title=\"t\">")).isEqualTo("<a title=\"t\">");
        assertThat(HtmlSanitizer.cleanTag("<img src=\"javascript:x\" alt=\"Kaart\" onerror=\"x()\">")).isEqualTo("<img alt=\"Kaart\">");
        assertThat(HtmlSanitizer.cleanTag("<a href=\"https://example.org/?a=1&amp;b=2\">"))
                .isEqualTo("<a href=\"https://example.org/?a=1&amp;b=2\">");
        assertThat(HtmlSanitizer.cleanTag("<iframe src=\"x\">")).isEmpty();
        assertThat(HtmlSanitizer.cleanTag("</a>")).isEqualTo("</a>");
        assertThat(HtmlSanitizer.cleanTag("</script>")).isEmpty();
    }
}
