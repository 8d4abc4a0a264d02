package dev.handbook.scaffold;

import dev.handbook.check.Bundle;
import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a new page: front matter with the core keys and every field its type requires, and
 * a one-line placeholder body in the handbook's language.
 *
 * <p>Required fields are left empty, with the allowed values (or the kind of value) in a comment on
 * the line. A made-up value such as the first allowed one would pass every check and could be
 * published unnoticed as a fact nobody chose; an empty value says "not filled in yet".
 */
final class PageTemplate {
    private final HandbookConfig config;
    private final Bundle messages;

    PageTemplate(HandbookConfig config, Bundle messages) {
        this.config = config;
        this.messages = messages;
    }

    String text(EntryType type, String title, LocalDate today) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"title: " + quoted(title), null});
        lines.add(new String[] {"type: " + type.key(), null});
        lines.add(new String[] {"summary: \"\"", null});
        lines.add(new String[] {"updated: " + today, null});
        for (String key : type.required()) {
            FieldSpec field = config.fields().get(key);
            if (field == null) continue; // handbook.yml reports a required field it does not describe
            lines.add(new String[] {key + ":" + (field.multiple() ? " []" : ""), comment(field, today)});
        }
        int width = lines.stream().filter(l -> l[1] != null).mapToInt(l -> l[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder("---\n");
        for (String[] line : lines) {
            out.append(line[0]);
            if (line[1] != null) out.append(" ".repeat(width - line[0].length() + 2)).append("# ").append(line[1]);
            out.append('\n');
        }
        out.append("---\n");
        out.append(messages.text("new.body", type.label().toLowerCase(messages.locale()))).append('\n');
        return out.toString();
    }

    private String comment(FieldSpec field, LocalDate today) {
        switch (field.type()) {
            case CHOICE:
                return messages.text(field.multiple() ? "new.field.choices" : "new.field.choice",
                        String.join(", ", field.values().keySet()));
            case YEAR:
                return messages.text("new.field.year", String.valueOf(today.getYear()));
            case NUMBER:
                return messages.text("new.field.number");
            case DATE:
                return messages.text("new.field.date");
            default:
                return messages.text("new.field.text");
        }
    }

    /** A YAML double-quoted string: the title means what the editor typed, colons and all. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
