package dev.handbook.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.text.UrlPolicy.Use;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The URL policy reads a scheme as a browser does, and more strictly, and allows only the list. */
class UrlPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.org/", "HTTP://example.org", "mailto:a@example.org", "tel:+3120", "MailTo:a@b",
        "pagina.html", "../a/b.html#kop", "#kop", "?q=1", "//example.org/x", "", "a/b:c", "./notes:2024.md",
        "a?x=javascript:1", "a#javascript:1", ":javascript", "1javascript:x", "java_script:x", "ｊavascript:x",
    })
    void allowsTheListAndRelativeUrls(String url) {
        assertThat(UrlPolicy.allows(url, Use.LINK)).as(url).isTrue();
        assertThat(UrlPolicy.allows(url, Use.IMAGE)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)", "&#74;avascript:x", "&#106avascript:x",
        "&#x4A;avascript&#x3A;x", "&#X6a;avascript:x", "javascript&colon;x", "java\tscript:x", "java&#x09;script:x",
        "java&Tab;script:x", "java\nscript:x", "java\u0000script:x", "  javascript:x", "\u0001\u001f javascript:x",
        "\u007fjavascript:x", "vbscript:x", "VBScript:x", "data:text/html,<script>x</script>", "livescript:x",
        "file:///etc/passwd", "ftp://example.org", "notes:2024.md", "c:\\temp\\x", "jar:http://x!/",
        "data:image/png;base64,AAAA", "data:image/svg+xml,<svg onload=x>",
    })
    void dropsEveryOtherSchemeFromALink(String url) {
        assertThat(UrlPolicy.allows(url, Use.LINK)).as(url).isFalse();
    }

    @Test
    void allowsDataOnlyForRasterImages() {
        for (String type : new String[] {"png", "jpeg", "gif", "webp", "PNG"}) {
            assertThat(UrlPolicy.allows("data:image/" + type + ";base64,AAAA", Use.IMAGE)).as(type).isTrue();
        }
        assertThat(UrlPolicy.allows("DATA:image/png,AAAA", Use.IMAGE)).isTrue();
        assertThat(UrlPolicy.allows("data:image/svg+xml;base64,AAAA", Use.IMAGE)).isFalse();
        assertThat(UrlPolicy.allows("data:image/svg+xml,<svg/onload=x>", Use.IMAGE)).isFalse();
        assertThat(UrlPolicy.allows("data:text/html,<script>x</script>", Use.IMAGE)).isFalse();
        assertThat(UrlPolicy.allows("data:,x", Use.IMAGE)).isFalse();
        assertThat(UrlPolicy.allows("data:image/pngx;base64,AAAA", Use.IMAGE)).isFalse();
        assertThat(UrlPolicy.allows("javascript:x", Use.IMAGE)).isFalse();
    }

    @Test
    void showsWhatTheBrowserWouldHaveDroppedAndNoMoreThanALine() {
        assertThat(UrlPolicy.shown("java\tscript:x")).isEqualTo("java␉script:x");
        assertThat(UrlPolicy.shown("\u0001a\u007f")).isEqualTo("␁a␡");
        assertThat(UrlPolicy.shown("data:image/svg+xml," + "x".repeat(500))).hasSize(81).endsWith("…");
    }
}
