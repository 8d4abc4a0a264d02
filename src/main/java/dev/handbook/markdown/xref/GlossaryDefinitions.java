package dev.handbook.markdown.xref;

import dev.handbook.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The terms of the glossary page: its definition lists as Pandoc and PHP Markdown Extra write them, a
 * line with the term and below it one or more lines {@code : definitie}. Read from the text, as the
 * definitions are needed before any page is rendered (to link and explain every use of a term); a
 * definition is kept as plain text (links and emphasis as their words) for the popover.
 */
public final class GlossaryDefinitions {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");

    private GlossaryDefinitions() {}

    /** A term, its definition as plain text, and the line of the term in the source file. */
    public record Definition(String term, String text, int line) {}

    public static List<Definition> of(Page page) {
        List<Definition> definitions = new ArrayList<>();
        String[] lines = page.markdown().split("\\R", -1);
        boolean inCode = false;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```") || line.startsWith("~~~")) inCode = !inCode;
            if (inCode || line.isBlank() || line.startsWith(":") || line.startsWith("#") || line.startsWith(" ")) continue;
            int at = i + 1;
            if (lines[at].isBlank() && at + 1 < lines.length && lines[at + 1].startsWith(": ")) at++;
            if (!lines[at].startsWith(": ")) continue;
            StringBuilder text = new StringBuilder(lines[at].substring(2).strip());
            for (int j = at + 1; j < lines.length && lines[j].startsWith("    ") && !lines[j].isBlank(); j++) {
                text.append(' ').append(lines[j].strip());
            }
            definitions.add(new Definition(line.strip(), plain(text.toString()), page.bodyLine() + i));
        }
        return definitions;
    }

    private static String plain(String markdown) {
        return EMPHASIS.matcher(LINK.matcher(markdown).replaceAll("$1")).replaceAll("").strip();
    }
}
