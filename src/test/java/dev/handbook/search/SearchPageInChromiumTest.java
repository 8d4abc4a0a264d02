package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.browser.Chromium;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built site searched in a real browser from file://, as a reader who unzipped it would:
 * headless Chromium opens search.html?q=gemeenten and the results are links in #search-results.
 * Needs Chromium (Debian's package "chromium"; see {@link Chromium}).
 */
class SearchPageInChromiumTest {
    @TempDir
    Path dir;

    @Test
    void theSearchPageListsResultsFromFile() throws Exception {
        Document dom = searchFromFile(built(Fixtures.copy("search", dir)), "gemeenten");
        List<Element> links = dom.select("#search-results a[href]");
        assertThat(links).isNotEmpty();
        assertThat(links.get(0).attr("href")).isEqualTo("gemeenten/index.html#gemeente-vroeg");
        assertThat(links.get(0).selectFirst(".handbook-result__badge").text()).isEqualTo("Tip 1.1");
        assertThat(dom.select("#search-results mark").eachText()).contains("gemeenten", "gemeente");
        assertThat(dom.getElementById("search-status").text()).contains("gemeenten");
        // the type filter lists the handbook's entry types
        assertThat(dom.select("#search-type option").eachAttr("value")).containsExactly("", "les", "tip", "casus");
    }

    @Test
    void theHeaderBoxOpensWithSlashListsResultsAndArrowsAndEnterPickOne() throws Exception {
        Path site = built(Fixtures.copy("search", dir));
        Document picking = open(site, withKeys(site, "regio/index.html", "regio/keys.html", false));
        Element input = picking.getElementById("handbook-search-input");
        assertThat(picking.body().attr("data-focused")).isEqualTo("handbook-search-input");
        assertThat(input.attr("aria-expanded")).isEqualTo("true");
        List<Element> options = picking.select("#handbook-search-listbox [role=option]");
        assertThat(options).hasSizeGreaterThan(2);
        assertThat(options.get(0).selectFirst("a").attr("href")).isEqualTo("../gemeenten/index.html#gemeente-vroeg");
        // two presses of the down arrow make the second result the active one
        assertThat(input.attr("aria-activedescendant")).isEqualTo(options.get(1).id());
        assertThat(options.get(1).attr("aria-selected")).isEqualTo("true");
        assertThat(options.get(options.size() - 1).selectFirst("a").attr("href")).isEqualTo("../search.html?q=gemeente");

        Document afterEnter = open(site, withKeys(site, "regio/index.html", "regio/enter.html", true));
        assertThat(afterEnter.selectFirst("html").attr("data-path")).isEqualTo("gemeenten/index.html");
    }

    @Test
    void theSampleHandbookFindsGemeenten() throws Exception {
        Path content = Path.of("content");
        Document dom = searchFromFile(built(content), "gemeenten");
        assertThat(dom.select("#search-results a[href]")).isNotEmpty();
    }

    private Path built(Path source) throws IOException {
        Chromium.require();
        Path site = dir.resolve("site-" + source.getFileName());
        Outcome outcome = Handbooks.build(source, site, Options.DEFAULT);
        assertThat(outcome.problems()).noneMatch(p -> p.severity().name().equals("ERROR"));
        assertThat(site.resolve("search.html")).exists();
        return site;
    }

    /**
     * A copy of a page with a script that acts as a reader: presses "/", types "gemeente", waits for the
     * list, presses the down arrow twice and, when asked, Enter.
     */
    private static String withKeys(Path site, String page, String copy, boolean enter) throws IOException {
        String script = """
                <script>
                window.addEventListener('load', function () {
                  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
                  var input = document.activeElement;
                  input.value = 'gemeente';
                  input.dispatchEvent(new Event('input', { bubbles: true }));
                  setTimeout(function () {
                    var key = function (k) { input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })); };
                    key('ArrowDown');
                    key('ArrowDown');
                    document.body.setAttribute('data-focused', input.id);
                    if (%s) key('Enter');
                  }, 2000);
                });
                </script>
                </body>""".formatted(enter);
        String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8).replace("</body>", script);
        Files.writeString(site.resolve(copy), html, StandardCharsets.UTF_8);
        return site.resolve(copy).toUri().toString();
    }

    private Document searchFromFile(Path site, String query) throws Exception {
        return open(site, site.resolve("search.html").toUri() + "?q=" + query);
    }

    private Document open(Path site, String url) throws Exception {
        // virtual time lets the page finish loading the index scripts before the DOM is dumped
        Document dom = Chromium.dumpDom(url, 10_000);
        assertThat(dom.body().children()).as("DOM dumped by Chromium for " + url).isNotEmpty();
        return dom;
    }
}
