package dev.handbook.config;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.StopWordList;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads what {@code search:} of {@code handbook.yml} holds once its keys are known to be allowed. */
final class SearchSettingsReader {
    private final Problems problems;
    private final String file;

    SearchSettingsReader(Problems problems, String file) {
        this.problems = problems;
        this.file = file;
    }

    /**
     * {@code keep-words: [hier, nu]}: each a single word, folded to lower case. A word that is no stop
     * word of the handbook's language is searched for already, so keeping it does nothing: the editor
     * hears so, as it may be a misspelt stop word or one of another language.
     */
    SearchSettings read(YamlMap search, String language) {
        List<String> keep = new ArrayList<>();
        YamlNode node = search.get("keep-words").orElse(null);
        if (node == null) return new SearchSettings(keep);
        for (YamlNode item : node instanceof YamlList l ? l.items() : List.of(node)) {
            String word = item instanceof YamlScalar s && s.value() != null ? s.text().strip() : "";
            if (!word.matches("[\\p{L}\\p{N}]+")) {
                problems.add(Problem.error(file, item.pos(), "config.keep-word", word));
                continue;
            }
            if (!StopWordList.contains(language, word)) {
                problems.add(Problem.warning(file, item.pos(), "config.keep-word-not-stop-word", word, language));
            }
            keep.add(word.toLowerCase(Locale.ROOT));
        }
        return new SearchSettings(keep);
    }
}
