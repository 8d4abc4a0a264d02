package dev.handbook.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.handbook.Fixtures;
import dev.handbook.SiteUrls;
import dev.handbook.output.OutputFile;
import dev.handbook.pipeline.Build;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.Built;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Reuse;
import dev.handbook.render.LazySite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any page an editor can write, front matter and Markdown with fences and raw HTML alike, gives
 * problems or a safe page, never an exception, and nothing in the site it makes runs a script that the
 * theme did not put there. Every test run tries the seeds under {@code src/test/resources/dev/handbook/fuzz};
 * {@code JAZZER_FUZZ=1} fuzzes for the test's {@code maxDuration} (see the README's "Security").
 */
class HandbookFuzzTest {
    @TempDir
    static Path dir;

    static Path source;
    /** The same handbook with its raw HTML read as Python-Markdown reads it ({@code html-blocks: python}). */
    static Path pythonSource;

    @BeforeAll
    static void handbook() throws IOException {
        source = Fixtures.copy("entries", dir);
        pythonSource = Fixtures.copy("entries", dir.resolve("python"));
        Path config = pythonSource.resolve("handbook.yml");
        Files.writeString(config, Files.readString(config) + "\nhtml-blocks: python\n");
    }

    /** @param input the page after its first front matter line: more front matter, "---", then the body */
    @FuzzTest(maxDuration = "60s")
    void anyPageGivesProblemsOrASafeSite(byte[] input) throws IOException {
        givesProblemsOrASafeSite(source, input);
    }

    /** As {@link #anyPageGivesProblemsOrASafeSite}, where HTML blocks run to their closing tag and may hold Markdown. */
    @FuzzTest(maxDuration = "30s")
    void anyPageReadAsPythonMarkdownGivesProblemsOrASafeSite(byte[] input) throws IOException {
        givesProblemsOrASafeSite(pythonSource, input);
    }

    private static void givesProblemsOrASafeSite(Path source, byte[] input) throws IOException {
        Path page = source.resolve("01-begin/02-gefuzzd.md");
        try (var out = Files.newOutputStream(page)) {
            out.write("---\ntitle: Gefuzzd\n".getBytes(StandardCharsets.UTF_8));
            out.write(input);
        }
        Built built = Build.run(new BuildRequest(source, Options.DEFAULT), Reuse.none());
        if (!built.usable()) {
            assertThat(built.problems()).allSatisfy(p -> assertThat(p.code()).matches("[a-z0-9.-]+"));
            return;
        }
        LazySite site = built.site().lazy();
        List<OutputFile> files = new ArrayList<>(site.rest().values());
        for (String path : site.pagePaths()) files.add(site.file(path));
        for (OutputFile file : files) {
            if (file.path().endsWith(".html")) assertSafe(file.path(), file.read());
        }
    }

    /** No script but the theme's own files, no event handler, no URL with a scheme outside the allow-list. */
    private static void assertSafe(String path, byte[] html) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        assertThat(SiteUrls.forbidden(path, doc)).as("URLs with a forbidden scheme").isEmpty();
        for (Element element : doc.getAllElements()) {
            if (element.nameIs("script")) {
                assertThat(element.attr("src")).as(path + ": a script").matches("(\\.\\./)*(assets/|search/|toc\\.js).*");
                assertThat(element.data()).as(path + ": an inline script").isEmpty();
            }
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT))
                        .as(path + ": an event handler on <" + element.tagName() + ">").doesNotStartWith("on");
            }
        }
    }
}
