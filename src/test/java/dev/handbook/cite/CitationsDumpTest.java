package dev.handbook.cite;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitationsDumpTest {
    @TempDir
    Path dir;

    @Test
    void dump() throws Exception {
        Path site = dir.resolve("site");
        Outcome outcome = Handbooks.build(Fixtures.copy("citations", dir), site, Options.DEFAULT);
        outcome.problems().forEach(System.out::println);
        System.out.println(Fixtures.page(site, "welvaart/meten.html").selectFirst(".handbook-content").html());
        System.out.println(Fixtures.page(site, "bronnen.html").selectFirst(".handbook-content").html());
        System.out.println(Fixtures.htmlFiles(site));
    }
}
