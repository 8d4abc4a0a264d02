package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index is stemmed in Java and queries in the browser: both must turn every word into the same
 * term, or a query misses what the index holds. The word list is the domain's own text (see
 * words.txt), the sample handbook's words when content/ has them, and forms of every word with the
 * suffixes that exercise the branches of the Dutch and English algorithms.
 */
class StemmerAgreementTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final List<String> SUFFIXES = List.of("", "en", "e", "s", "se", "ene", "heden", "heid",
            "ing", "end", "ig", "igen", "lijk", "lijke", "baar", "bar", "t", "tje", "je", "ische",
            "ed", "ly", "ness", "ational", "ization", "fulness", "ies", "'s", "ing'");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void javaAndBrowserGiveIdenticalTermsAndStems(String language) throws IOException {
        Node.assumeInstalled();
        List<String> base = baseWords();
        assertThat(base).as("words from the handbook texts").hasSizeGreaterThanOrEqualTo(1_000);
        List<String> words = new ArrayList<>();
        for (String word : base) for (String suffix : SUFFIXES) words.add(word + suffix);

        Analyzer analyzer = Analyzer.of(language);
        List<String> expected = new ArrayList<>();
        for (String word : words) {
            String term = analyzer.term(word);
            expected.add((term == null ? "-" : term) + "\t" + analyzer.stem(Analyzer.fold(word)));
        }
        Path wordFile = Files.write(dir.resolve("words.txt"), words, StandardCharsets.UTF_8);
        Path stopFile = Files.write(dir.resolve("stop.txt"), StopWords.of(language), StandardCharsets.UTF_8);
        List<String> actual = Node.run("stem-words.js", Node.ASSETS.toString(), language, stopFile.toString(),
                wordFile.toString()).lines().toList();

        assertThat(actual).hasSameSizeAs(words);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                differences.add(words.get(i) + ": java " + expected.get(i) + ", js " + actual.get(i));
            }
        }
        assertThat(differences).as("words stemmed differently in Java and JavaScript").isEmpty();
    }

    /** Distinct words of words.txt and of the sample handbook in content/, when there is one. */
    static List<String> baseWords() {
        Set<String> words = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(Path.of("src/test/resources/search/words.txt"))) {
                if (!line.startsWith("#") && !line.isBlank()) words.add(line.strip());
            }
            Path content = Path.of("content");
            if (Files.isDirectory(content)) {
                try (Stream<Path> files = Files.walk(content)) {
                    for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                        Matcher m = WORD.matcher(Files.readString(md, StandardCharsets.UTF_8));
                        while (m.find()) words.add(m.group());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words);
    }
}
