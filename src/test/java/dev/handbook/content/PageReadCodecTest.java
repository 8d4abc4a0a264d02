package dev.handbook.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.check.Problem;
import dev.handbook.model.Status;
import dev.handbook.model.ValueOf;
import dev.handbook.yaml.Pos;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a file's front matter was read as comes back from its bytes as it was, every field and problem, or not at all. */
class PageReadCodecTest {
    private final FrontMatter fm = FrontMatter.split("---\ntitle: x\n---\nTekst.\n");

    @Test
    void everyFieldAndProblemComesBackAsItWasRead() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("thema", List.of("b", "a"));
        fields.put("regio", List.of("Zeeuws-Vlaanderen ‘west’"));
        PageMeta meta = new PageMeta("Één titel", "Een “samenvatting”", "casus", "drenthe", 3, LocalDate.of(2026, 2, 28),
                Status.REVIEW, List.of("eerste-tip"), List.of("oud/pad.html"), fields, new ValueOf("schaal", "lokaal"));
        List<Problem> problems = List.of(Problem.error("content/a.md", new Pos(4, 7), "field.unknown-value", "schaal", "x", "lokaal, regionaal"),
                Problem.warning("content/a.md", Pos.NONE, "page.no-summary"));

        PageRead read = PageReadCodec.decode(PageReadCodec.encode(meta, problems), fm);

        assertThat(read).isEqualTo(new PageRead(fm, meta, problems));
        assertThat(read.meta().fields().keySet()).containsExactly("thema", "regio");
    }

    @Test
    void absentValuesStayAbsent() {
        PageMeta meta = new PageMeta(null, null, null, null, null, null, Status.PUBLISHED, List.of(), List.of(), Map.of(), null);
        assertThat(PageReadCodec.decode(PageReadCodec.encode(meta, List.of()), fm)).isEqualTo(new PageRead(fm, meta, List.of()));
    }

    @Test
    void aReadCutShortOrOfAnotherLayoutIsNoRead() {
        PageMeta meta = new PageMeta("Titel", null, "tip", null, null, null, Status.PUBLISHED, List.of(), List.of(), Map.of(), null);
        byte[] bytes = PageReadCodec.encode(meta, List.of());
        assertThat(PageReadCodec.decode(Arrays.copyOf(bytes, bytes.length - 1), fm)).isNull();
        byte[] other = bytes.clone();
        other[3]++;
        assertThat(PageReadCodec.decode(other, fm)).isNull();
        assertThat(PageReadCodec.decode(Arrays.copyOf(bytes, bytes.length + 4), fm)).isNull();
    }
}
