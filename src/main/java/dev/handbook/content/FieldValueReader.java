package dev.handbook.content;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.config.FieldSpec;
import dev.handbook.yaml.Pos;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Checks the value an editor gave a field against the field's declaration and returns it as text:
 * choice keys, years and numbers as digits, dates as ISO dates. Used for front matter and for the
 * attributes of inline entries alike.
 */
public final class FieldValueReader {
    private final String file;
    private final FieldSpec spec;
    private final Problems problems;
    private final UnaryOperator<Pos> toFile;

    public FieldValueReader(String file, FieldSpec spec, Problems problems, UnaryOperator<Pos> toFile) {
        this.file = file;
        this.spec = spec;
        this.problems = problems;
        this.toFile = toFile;
    }

    public List<String> read(YamlNode node) {
        List<YamlNode> items;
        if (node instanceof YamlList list) {
            if (!spec.multiple()) {
                problems.add(Problem.error(file, toFile.apply(node.pos()), "field.not-multiple", spec.key()));
                return List.of();
            }
            items = list.items();
        } else {
            items = List.of(node);
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlScalar scalar)) {
                problems.add(Problem.error(file, toFile.apply(item.pos()), "field.not-text", spec.key(), item.kind()));
                continue;
            }
            if (scalar.value() == null) continue;
            String value = check(scalar);
            if (value != null) values.add(value);
        }
        return values;
    }

    private String check(YamlScalar scalar) {
        Pos pos = toFile.apply(scalar.pos());
        String text = scalar.text();
        switch (spec.type()) {
            case CHOICE -> {
                if (spec.values().containsKey(text)) return text;
                String hint = Suggestions.closest(text, spec.values().keySet()).orElse("");
                problems.add(Problem.error(file, pos, "field.not-allowed", text, spec.key(),
                        String.join(", ", spec.values().keySet()), hint));
                return null;
            }
            case YEAR -> {
                if (scalar.value() instanceof Long year && year >= 1000 && year <= 2999) return text;
                problems.add(Problem.error(file, pos, "field.not-a-year", spec.key(), text));
                return null;
            }
            case NUMBER -> {
                if (scalar.value() instanceof Long) return text;
                problems.add(Problem.error(file, pos, "field.not-a-number", spec.key(), text));
                return null;
            }
            case DATE -> {
                if (scalar.value() instanceof LocalDate) return text;
                problems.add(Problem.error(file, pos, "field.not-a-date", spec.key(), text));
                return null;
            }
            default -> {
                return text;
            }
        }
    }
}
