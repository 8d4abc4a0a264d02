package dev.handbook.render.print;

import dev.handbook.model.SitePaths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import dev.handbook.render.view.PrintView;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print page is rendered straight into its file, each page's part copied in as UTF-8 bytes; its
 * bytes are those of rendering the whole page into a String, as it was made before.
 */
class PrintStreamingTest {
    private static final String STREAMED = "  {% autoescape false %}{{ part.content }}\n{% endautoescape %}</section>";
    private static final String THROUGH_A_STRING = "  {{ part.content | raw }}\n</section>";

    @TempDir
    Path dir;

    @Test
    void aPrintPartGoesOutAsItsBytesAndEverythingElseAsAStringWriterHasIt() throws Exception {
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true).build();
        String template = "<p title=\"{{ title }}\">{{ n }} {{ d }} {{ c }}</p>\n{% autoescape false %}{{ html }}\n"
                + "{% endautoescape %}{{ html | raw }}|{{ html }}|ë “x” 😀\n";
        String html = "<b>Één &amp; “twee” 😀</b>";
        Map<String, Object> asBytes = Map.of("title", "a<b & “c”", "n", 42, "d", 1.5, "c", 'ß',
                "html", new PrintView.Html(html.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> asText = Map.of("title", "a<b & “c”", "n", 42, "d", 1.5, "c", 'ß', "html", html);
        PebbleTemplate compiled = engine.getTemplate(template);

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        Utf8TemplateWriter writer = new Utf8TemplateWriter(streamed);
        compiled.evaluate(writer, asBytes);
        writer.flush();
        StringWriter reference = new StringWriter();
        compiled.evaluate(reference, asText);

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(reference.toString());
        // escaped where the template escapes, as it is where it does not (Pebble drops the newline after "}}")
        assertThat(reference.toString()).contains("a&lt;b &amp; “c”", html + html + "|&lt;b&gt;");
    }

    @Test
    void theBuiltPrintPageIsTheOneOfTheTemplateThatPrintsEachPartThroughAString() throws Exception {
        Path source = Fixtures.copy("entries", dir);
        Path streamedSite = dir.resolve("streamed");
        assertThat(Handbooks.build(source, streamedSite, Options.DEFAULT).written()).isTrue();

        String template = Files.readString(Path.of("themes/default/templates/print.peb"));
        assertThat(template).contains(STREAMED);
        Files.createDirectories(source.resolve("templates"));
        Files.writeString(source.resolve("templates/print.peb"), template.replace(STREAMED, THROUGH_A_STRING));
        Path stringSite = dir.resolve("string");
        assertThat(Handbooks.build(source, stringSite, Options.DEFAULT).written()).isTrue();

        String print = Files.readString(streamedSite.resolve(SitePaths.PRINT));
        assertThat(print).contains("class=\"print-part", "print-entry-label");
        assertThat(print).isEqualTo(Files.readString(stringSite.resolve(SitePaths.PRINT)));
    }
}
