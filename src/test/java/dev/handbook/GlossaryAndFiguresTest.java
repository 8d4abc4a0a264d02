package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.check.Problem;
import dev.handbook.pipeline.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glossary terms with their popovers, numbered figures and tables, and cross-references: on the web and in print. */
class GlossaryAndFiguresTest {
    @TempDir
    static Path dir;

    static Path source;
    static Path site;
    static List<Problem> problems;

    @BeforeAll
    static void build() throws Exception {
        source = Fixtures.copy("glossary", dir);
        // the fixture's one wrong reference stands on its own page, which the site build leaves out
        problems = Fixtures.built(source).problems();
        Files.delete(source.resolve("01-meten/02-fout.md"));
        site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).written()).isTrue();
    }

    @Test
    void dump() throws Exception {
        System.out.println(problems);
        System.out.println(Fixtures.page(site, "meten/monitor.html").selectFirst("main"));
        System.out.println(Fixtures.page(site, "bijlagen/begrippen.html").selectFirst("main"));
    }
}
