package dev.handbook.a11y;

import dev.handbook.SiteRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.check.Severity;
import dev.handbook.output.Progress;
import dev.handbook.release.Releaser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * WCAG 2.1 AA as a gate: the sample handbook is built and one page of every type (SamplePages) is
 * opened in headless Chromium. Each page must have no axe-core violation of the WCAG 2.0/2.1 A and AA
 * rules, no horizontal scrolling at 320 CSS px, every control reachable by Tab with a visible focus,
 * no request to another host, and no error from the Nu HTML Checker.
 */
class AccessibilityTest {
    private static final Path CONTENT = Path.of("content");

    @TempDir
    static Path dir;

    static Path site;
    static BrowserChecks.Report report;

    @BeforeAll
    static void buildAndCheck() throws Exception {
        site = dir.resolve("site");
        // an edition of the sample, so that the versions page, the switcher and a release's pages are checked too
        Path releases = dir.resolve("releases");
        Releaser.Result edition = Releaser.release(new Releaser.Request(CONTENT, releases, "2025.1", null, null,
                LocalDate.of(2025, 6, 2), "handbook test"), Progress.NONE);
        assertThat(edition.outcome().problems()).noneMatch(p -> p.severity() == Severity.ERROR);
        Outcome outcome = Handbooks.build(SiteRequest.of(CONTENT, site, Options.DEFAULT).withReleases(releases));
        assertThat(outcome.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
        // without the tools the browser tests fail or skip one by one (BrowserTools.require)
        if (BrowserTools.missing() == null) report = BrowserChecks.run(site, SamplePages.ALL, dir);
    }

    @TestFactory
    Stream<DynamicContainer> everyPageType() {
        HtmlChecker html = new HtmlChecker();
        return SamplePages.ALL.stream().map(page -> DynamicContainer.dynamicContainer(page.name() + " (" + page.target() + ")", Stream.of(
                DynamicTest.dynamicTest("was checked", () -> assertThat(checked().done())
                        .as("check-pages.js finished %s", page.name()).contains(page.name())),
                browser(page, Finding.Check.ERRORS, "opens without script errors"),
                browser(page, Finding.Check.AXE, "no axe-core violations of WCAG 2.1 A and AA"),
                browser(page, Finding.Check.REFLOW, "reflows at 320 CSS px without horizontal scrolling"),
                browser(page, Finding.Check.KEYBOARD, "every control reachable and usable by keyboard, focus visible"),
                browser(page, Finding.Check.REQUESTS, "makes no request to another host"),
                DynamicTest.dynamicTest("valid HTML (Nu HTML Checker)", () -> {
                    List<String> errors = html.errors(site.resolve(page.file()));
                    assertThat(errors).as("Nu HTML Checker errors in %s:%n  %s", page.file(),
                            String.join("\n  ", errors)).isEmpty();
                }))));
    }

    private static BrowserChecks.Report checked() {
        BrowserTools.require();
        return report;
    }

    private static DynamicTest browser(PageUnderTest page, Finding.Check check, String what) {
        return DynamicTest.dynamicTest(what, () -> {
            List<Finding> found = checked().of(page.name(), check);
            assertThat(found).as("%s, %s: %d found%n  - %s", page.name(), what, found.size(),
                    found.stream().map(Finding::readable).collect(Collectors.joining("\n  - "))).isEmpty();
        });
    }
}
