package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.config.EntryType;
import dev.handbook.output.OutputFile;
import dev.handbook.search.SearchDocument.TitleKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large index is cut into parts, and a query loads only the parts it needs. The corpus is made up:
 * 600 documents of words built from syllables, so that terms are many and spread over the alphabet.
 */
class IndexPartsTest {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "nu", "re", "sa", "to", "vi", "ze", "bo", "du", "fe"};
    private static final List<EntryType> TYPES = List.of(new EntryType("tip", "Tip", "Tips", List.of()));

    @TempDir
    Path dir;

    static String word(int n) {
        return SYLLABLES[n % 12] + SYLLABLES[(n / 12) % 12] + SYLLABLES[(n / 144) % 12] + "ster";
    }

    static Corpus corpus() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int d = 0; d < 600; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) text.append(word(d * 7 + w * 13)).append(' ');
            documents.add(new SearchDocument("p" + d + ".html", "Document " + word(d), "", d % 10 == 0 ? "tip" : "",
                    d % 10 == 0 ? "Tip 1." + d : "", -1, text.toString().strip(), "", d % 10 == 0 ? TitleKind.ENTRY : TitleKind.PAGE));
        }
        return new Corpus(documents, List.of());
    }

    static List<OutputFile> files() {
        return new IndexWriter(TYPES).files(new IndexBuilder("nl", Scoring.DEFAULT).build(corpus()));
    }

    @Test
    void theIndexIsScriptsThatFillOneGlobalObjectInSeveralParts() {
        List<OutputFile> files = files();
        List<String> paths = files.stream().map(OutputFile::path).toList();
        assertThat(paths.get(0)).isEqualTo("search/meta.js");
        assertThat(paths).filteredOn(p -> p.startsWith("search/t")).hasSizeGreaterThan(3);
        assertThat(paths).filteredOn(p -> p.startsWith("search/d")).hasSizeGreaterThan(3);
        assertThat(paths).allMatch(p -> p.matches("search/(meta|t\\d+|d\\d+)\\.js"));
        for (OutputFile file : files) {
            String name = file.path().substring("search/".length(), file.path().length() - 3);
            String script = new String(((OutputFile.Generated) file).bytes(), StandardCharsets.US_ASCII);
            assertThat(script).startsWith("(window.handbookSearchData=window.handbookSearchData||{})[\"" + name + "\"]=");
            // ASCII only, so that no browser can misread an index opened from file://
            assertThat(script.chars()).allMatch(c -> c == '\n' || c >= 0x20 && c < 0x7f);
        }
    }

    @Test
    void theSameCorpusGivesTheSameBytes() {
        List<OutputFile> first = files();
        List<OutputFile> second = files();
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).path()).isEqualTo(first.get(i).path());
            assertThat(((OutputFile.Generated) second.get(i)).bytes()).isEqualTo(((OutputFile.Generated) first.get(i)).bytes());
        }
    }

    @Test
    void aQueryLoadsOneTermPartPerWordAndTheDocumentPartsOfItsResults() throws IOException {
        Node.assumeInstalled();
        Path site = dir.resolve("site");
        for (OutputFile file : files()) {
            Path path = site.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.write(path, ((OutputFile.Generated) file).bytes());
        }
        long parts = files().stream().filter(f -> !f.path().endsWith("meta.js")).count();
        // the word of document 599's title: that document comes first; show only the first result
        String word = word(599);
        SearchRun.Found found = SearchRun.run(site, dir, 1, word).get(word);
        assertThat(found.total()).isGreaterThan(1);
        assertThat(found.urls()).containsExactly("p599.html");
        assertThat(found.loaded()).hasSize(3).startsWith("meta");
        assertThat(found.loaded().get(1)).startsWith("t");
        assertThat(found.loaded().get(2)).startsWith("d");
        assertThat(parts).isGreaterThan(10);
    }
}
