package dev.handbook.markdown.xref;

import dev.handbook.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a page's Markdown, the figures and tables that carry a label ({@code ![Onderschrift](x.svg){#fig-x}},
 * a line {@code : Onderschrift {#tbl-x}} after a table) and the cross-references ({@code @fig-x}, {@code @tbl-x},
 * {@code @sec-x}), with their lines. It reads the text line by line, leaving out fenced code and code spans,
 * so that it needs no parse and the numbers of the whole handbook are known before any page is rendered.
 */
public final class ReferenceScan {
    private static final Pattern FIGURE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)\\{[^}]*#(fig-[\\w-]+)[^}]*\\}");
    private static final Pattern TABLE = Pattern.compile("^ {0,3}:\\s+(.*?)\\s*\\{[^}]*#(tbl-[\\w-]+)[^}]*\\}\\s*$");
    /** Not after a letter, digit or @, so that an e-mail address is no reference; not ending in a hyphen. */
    static final Pattern USE = Pattern.compile("(?<![\\p{L}\\p{N}_@])@((?:fig|tbl|sec)-[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}_])");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).+?\\1");

    private ReferenceScan() {}

    /** A labelled figure or table: its id, caption as written, and line in the source file. */
    public record Label(Kind kind, String id, String caption, int line) {}

    /** A cross-reference as written: the id it names and where it stands. */
    public record Use(String id, int line, int column) {}

    public enum Kind { FIGURE, TABLE, SECTION }

    /** What a page's Markdown labels and refers to, in the order written. */
    public record Found(List<Label> labels, List<Use> uses) {}

    public static Found of(Page page) {
        String markdown = page.markdown();
        // most pages have no label and no reference: they are not read line by line
        if (!mentionsReferences(markdown)) return new Found(List.of(), List.of());
        List<Label> labels = new ArrayList<>();
        List<Use> uses = new ArrayList<>();
        String fence = null;
        String[] lines = markdown.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher open = FENCE.matcher(line);
            if (fence != null) {
                if (open.find() && open.group(1).charAt(0) == fence.charAt(0) && open.group(1).length() >= fence.length()) fence = null;
                continue;
            }
            if (open.find()) {
                fence = open.group(1);
                continue;
            }
            int lineNumber = page.bodyLine() + i;
            String text = blankCode(line);
            Matcher figure = FIGURE.matcher(text);
            while (figure.find()) labels.add(new Label(Kind.FIGURE, figure.group(2), figure.group(1).strip(), lineNumber));
            Matcher table = TABLE.matcher(text);
            if (table.matches()) labels.add(new Label(Kind.TABLE, table.group(2), table.group(1), lineNumber));
            Matcher use = USE.matcher(text);
            while (use.find()) uses.add(new Use(use.group(1), lineNumber, use.start() + 1));
        }
        return new Found(labels, uses);
    }

    /** Whether {@code markdown} may label a figure or table or refer to one: false means it surely does not. */
    public static boolean mentionsReferences(String markdown) {
        // one pass over the text for "#fig-", "#tbl-", "@fig-", "@tbl-" and "@sec-": five searches cost five passes
        for (int at = markdown.indexOf('-', 4); at >= 0; at = markdown.indexOf('-', at + 1)) {
            char mark = markdown.charAt(at - 4);
            if (mark != '#' && mark != '@') continue;
            if (markdown.startsWith("fig", at - 3) || markdown.startsWith("tbl", at - 3)
                    || mark == '@' && markdown.startsWith("sec", at - 3)) {
                return true;
            }
        }
        return false;
    }

    /** The line with its code spans blanked out, so that columns stay where they were. */
    private static String blankCode(String line) {
        if (line.indexOf('`') < 0) return line;
        Matcher m = CODE_SPAN.matcher(line);
        StringBuilder out = new StringBuilder(line);
        while (m.find()) for (int c = m.start(); c < m.end(); c++) out.setCharAt(c, ' ');
        return out.toString();
    }
}
