package dev.handbook.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite is a gate only if it closes: a handbook with known defects (handbooks/a11y-defects: an
 * image without alt text, grey text on white, a box wider than a phone, links whose focus is hidden,
 * an image from another host) must be flagged by every check, and the HTML checker must flag invalid
 * markup.
 */
class KnownDefectsTest {
    private static final PageUnderTest DEFECTS = new PageUnderTest("defects", "gebreken/index.html");
    private static final PageUnderTest CLEAN_HOME = new PageUnderTest("home", "index.html");

    @TempDir
    Path dir;

    @Test
    void everyCheckFlagsItsDefect() throws Exception {
        BrowserTools.require();
        Path site = dir.resolve("site");
        Handbooks.build(Fixtures.copy("a11y-defects", dir), site, Options.DEFAULT);

        BrowserChecks.Report report = BrowserChecks.run(site, List.of(DEFECTS, CLEAN_HOME), dir);

        assertThat(report.done()).contains("defects", "home");
        assertThat(report.of("defects", Finding.Check.AXE)).extracting(Finding::rule)
                .contains("image-alt", "color-contrast");
        assertThat(report.of("defects", Finding.Check.AXE))
                .filteredOn(f -> f.rule().equals("image-alt"))
                .extracting(Finding::readable)
                .anySatisfy(text -> assertThat(text).contains("figuur.svg"));
        assertThat(report.of("defects", Finding.Check.REFLOW)).isNotEmpty();
        assertThat(report.of("defects", Finding.Check.KEYBOARD)).extracting(Finding::kind).contains("NOFOCUS");
        assertThat(report.of("defects", Finding.Check.REQUESTS)).extracting(Finding::readable)
                .containsExactly("request to another host: https://example.org/figuur.png");
    }

    @Test
    void theHtmlCheckerFlagsInvalidMarkup() throws Exception {
        Path page = dir.resolve("invalid.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><title>Ongeldig</title></head>
                <body><main><p id="x">Een</p><p id="x">Twee</p><img src="a.png"></span></main></body></html>
                """, StandardCharsets.UTF_8);

        List<String> errors = new HtmlChecker().errors(page);

        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Duplicate ID"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("alt"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("span"));
    }
}
