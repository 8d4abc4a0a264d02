package dev.handbook.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task list's boxes are pictures of a state, not form fields: hidden from assistive technology, without
 * the readonly that HTML forbids on a checkbox, and a done task says so in the handbook's language.
 */
class TaskListMarkupTest {
    @TempDir
    Path dir;

    @Test
    void doneTasksSayItInWordsAndTheBoxesAreHidden() throws Exception {
        Path source = Fixtures.write(dir.resolve("boek"), Map.of(
                "handbook.yml", "title: Boek\nlanguage: nl\n",
                "index.md", "---\ntitle: Boek\n---\n\n- [x] Klaar\n- [ ] Open\n"));
        Path site = dir.resolve("site");
        Handbooks.build(source, site, Options.DEFAULT);

        Document page = Fixtures.page(site, "index.html");
        Element done = page.select("li.task-list-item").get(0);
        Element open = page.select("li.task-list-item").get(1);
        assertThat(page.select("li.task-list-item input")).allSatisfy(box -> {
            assertThat(box.attr("aria-hidden")).isEqualTo("true");
            assertThat(box.hasAttr("disabled")).isTrue();
            assertThat(box.hasAttr("readonly")).isFalse();
        });
        assertThat(done.selectFirst("input").hasAttr("checked")).isTrue();
        assertThat(done.text()).isEqualTo("(afgevinkt) Klaar");
        assertThat(open.selectFirst("input").hasAttr("checked")).isFalse();
        assertThat(open.text()).isEqualTo("Open");
    }
}
