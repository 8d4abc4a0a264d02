package dev.handbook.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw HTML in Markdown keeps its ordinary markup and loses everything that could run. */
class SanitizerTest {
    @TempDir
    Path dir;

    private Element contentOf(String markdown) throws Exception {
        Path source = Fixtures.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: T\n",
                // the image some vectors name: a missing one would be an error before the sanitiser's turn
                "x", "",
                "01-a.md", "---\ntitle: A\n---\n" + markdown + "\n"));
        Outcome outcome = Handbooks.build(source, dir.resolve("site"), Options.DEFAULT);
        assertThat(outcome.written()).isTrue();
        return Fixtures.page(dir.resolve("site"), "a.html").selectFirst(".handbook-content");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
        "<a href=\"&#106;avascript:alert(1)\">klik</a>",
        "<iframe src=\"https://example.org\"></iframe>",
        "<form action=\"https://example.org\"><input name=x></form>",
        "<svg onload=alert(1)><circle r=1></circle></svg>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<object data=\"x.swf\"></object>",
        "<embed src=\"x.swf\">",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)><summary>s</summary></details>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<p>tekst <span onmouseover=\"alert(1)\">hier</span></p>",
        "<link rel=stylesheet href=\"https://example.org/x.css\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://example.org/\">",
    })
    void removesActiveContent(String html) throws Exception {
        Element content = contentOf("Voor.\n\n" + html + "\n\nNa.");
        assertThat(content.select("script, iframe, form, input, object, embed, style, link, meta, base, svg, math")).isEmpty();
        assertThat(content.getAllElements()).allSatisfy(el -> el.attributes().forEach(a -> {
            assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("style");
            assertThat(a.getValue().toLowerCase()).doesNotContain("javascript:");
        }));
        assertThat(content.text()).contains("Voor.", "Na.");
    }

    @Test
    void keepsOrdinaryMarkup() throws Exception {
        Element content = contentOf("""
                <table><caption>Cijfers</caption><tr><th scope="col">Jaar</th></tr><tr><td>2024</td></tr></table>

                Dit is <abbr title="Brede welvaart">BW</abbr> en <kbd>Ctrl</kbd>.

                <details><summary>Meer</summary>Uitleg.</details>
                """);
        assertThat(content.select("table caption").text()).isEqualTo("Cijfers");
        assertThat(content.select("th[scope=col]").text()).isEqualTo("Jaar");
        assertThat(content.select("abbr[title=Brede welvaart]").text()).isEqualTo("BW");
        assertThat(content.select("kbd").text()).isEqualTo("Ctrl");
        assertThat(content.select("details summary").text()).isEqualTo("Meer");
    }

    @Test
    void warnsAtTheLineOfActiveContent() throws Exception {
        Path source = Fixtures.write(dir.resolve("w"), Map.of(
                "handbook.yml", "title: T\n",
                "01-a.md", "---\ntitle: A\n---\nTekst.\n\n<iframe src=\"x\"></iframe>\n"));
        assertThat(Handbooks.check(source, Options.DEFAULT).problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("html.unsafe", 6));
    }
}
