package dev.handbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Text renders as flexmark's core renderer renders it, character for character, on tricky text and on real pages. */
class PlainTextTest {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer core = HtmlRenderer.builder().build();
    private final HtmlRenderer fast = HtmlRenderer.builder().nodeRendererFactory(o -> new PlainText()).build();

    private void sameAsCore(String markdown) {
        Document document = parser.parse(markdown);
        assertThat(fast.render(document)).as(markdown).isEqualTo(core.render(document));
    }

    @Test
    void escapesEntitiesLineEndsAndSpecialCharactersComeOutAsTheCoreWritesThem() {
        for (String text : List.of("gewoon tekst zonder iets", "a & b", "a &amp; b &copy; &#233; &#xE9; &bogus; &", "1 < 2 > 0",
                "\"aanhalingstekens\"", "\\*geen nadruk\\* en \\\\ en \\&amp;", "regel\r\nvolgende\rlaatste", "tab\tin tekst",
                "é ĳ ‘brede welvaart’ — 𝔘", "<b>html</b> &lt;niet&gt;", "", "&", "\\", "a\\\nb")) {
            sameAsCore(text);
        }
    }

    @Test
    void everyPageOfTheSampleHandbookComesOutTheSame() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            files.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) sameAsCore(Files.readString(page));
    }
}
