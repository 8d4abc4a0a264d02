package dev.handbook.render.pebble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handbook.render.Translations;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read records through {@link RecordAttributeResolver} and must read exactly what Pebble's own resolver reads. */
class RecordAttributeResolverTest {
    /** Not public, as the render package's views are not. */
    record Chapter(String title, int number, List<String> pages, Chapter parent) {
        public String shout() {
            return title.toUpperCase();
        }
    }

    /** A record that Pebble reads as a list first: left to Pebble. */
    record Shelf(List<String> items) implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return items.iterator();
        }
    }

    record Failing(String title) {
        @Override
        public String title() {
            throw new IllegalStateException("kapot");
        }
    }

    private static final String TEMPLATE = """
            {{ c.title }}|{{ c.number + 1 }}|{{ c.pages[1] }}|{{ c.pages | length }}|{{ c.parent.title }}|\
            {{ c.parent.parent.title }}|{{ c.title() }}|{{ c.shout }}|{{ c.missing }}|{{ m.title }}|{{ m.nested.title }}|\
            {% for p in c.pages %}{{ p }},{% endfor %}|{% for i in shelf %}{{ i }};{% endfor %}|{{ shelf.items[0] }}|\
            {% if c.parent.parent is null %}top{% endif %}""";

    private static Map<String, Object> context() {
        Chapter top = new Chapter("Brede welvaart", 1, List.of(), null);
        Chapter chapter = new Chapter("Meten & wegen", 3, List.of("één", "twee <b>"), top);
        return Map.of("c", chapter, "m", Map.of("title", "uit een map", "nested", top), "shelf", new Shelf(List.of("a", "b")));
    }

    private static String render(PebbleEngine engine, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        engine.getTemplate(TEMPLATE).evaluate(out, context);
        return out.toString();
    }

    private static PebbleEngine engine(boolean ours) {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(false);
        builder.extension(ours ? new HandbookExtension(new Translations(Map.of()), Locale.ROOT) : new AbstractExtension() {});
        return builder.build();
    }

    @Test
    void readsWhatPebblesOwnResolverReads() throws IOException {
        String ours = render(engine(true), context());
        assertThat(ours).isEqualTo(render(engine(false), context()));
        assertThat(ours).isEqualTo("Meten &amp; wegen|4|twee &lt;b&gt;|2|Brede welvaart||Meten &amp; wegen|METEN &amp; WEGEN|"
                + "|uit een map|Brede welvaart|één,twee &lt;b&gt;,|a;b;|a|top");
    }

    @Test
    void anAccessorThatFailsIsATemplateErrorWithItsPlace() {
        String withFailing = "{{ c.title }}";
        PebbleEngine engine = engine(true);
        assertThatThrownBy(() -> engine.getTemplate(withFailing).evaluate(new StringWriter(), Map.of("c", new Failing("x"))))
                .isInstanceOf(PebbleException.class)
                .hasMessageContaining("title")
                .hasRootCauseMessage("kapot");
    }
}
