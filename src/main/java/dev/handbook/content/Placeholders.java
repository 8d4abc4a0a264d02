package dev.handbook.content;

import dev.handbook.check.Bundle;
import dev.handbook.check.Language;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.config.EntryType;
import dev.handbook.config.HandbookConfig;
import dev.handbook.yaml.Pos;
import java.util.HashSet;
import java.util.Set;

/**
 * The sample sentence that {@code handbook new} writes as a page's body ("Schrijf hier de tekst van
 * deze tip."), found where an editor left it. It passes every other check, so without this it would be
 * published; it is a warning, and so an error in a release, which counts warnings as errors.
 */
final class Placeholders {
    private final Set<String> sentences = new HashSet<>();

    Placeholders(HandbookConfig config) {
        // in every language, as a page may have been started before the handbook's language was set
        for (String language : Language.SUPPORTED) {
            Bundle editor = Bundle.editor(language);
            for (EntryType type : config.types().values()) {
                sentences.add(editor.text("new.body", type.label().toLowerCase(editor.locale())));
            }
        }
    }

    void check(String file, FrontMatter fm, Problems problems) {
        if (sentences.isEmpty() || fm.body() == null) return;
        String[] lines = fm.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (sentences.contains(line)) {
                problems.add(Problem.warning(file, new Pos(fm.bodyLine() + i, 1), "page.placeholder", line));
            }
        }
    }
}
