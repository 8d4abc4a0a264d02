package dev.handbook.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a page the handbook cannot carry over, found line by line outside code: macros and Jinja
 * ({@code {{ }}}, {@code {% %}}), plugin placeholders ({@code <!-- tags -->}, snippets, {@code [TOC]}),
 * JSX components other than {@code Tabs} and {@code TabItem}, admonitions of a kind the generator does
 * not know, and event handlers such as {@code onclick}. MDX {@code import} and {@code export} statements
 * are taken out of the body up to the blank line that ends them, as MDX reads them (those of {@code Tabs}
 * and {@code TabItem} silently); a Docusaurus {@code mdx-code-block} fence, whose content Docusaurus reads
 * as the page's own, loses its fence lines. MkDocs Material's icon shortcodes ({@code :material-cloud:},
 * with an attribute list after them) draw from icon sets the handbook does not have: taken out. A
 * Docusaurus tab written on one line is put on three, as the generator reads tabs.
 */
final class Unsupported {
    static final Set<String> ADMONITION_KINDS = Set.of("note", "abstract", "summary", "tldr", "info", "todo", "tip",
            "hint", "important", "success", "check", "done", "question", "help", "faq", "warning", "caution",
            "attention", "failure", "fail", "missing", "danger", "error", "bug", "example", "quote", "cite");
    private static final Set<String> JSX_KNOWN = Set.of("Tabs", "TabItem");
    private static final Pattern JINJA = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");
    private static final Pattern PLACEHOLDER = Pattern.compile("<!--\\s*(tags|material/tags|more)\\b[^>]*-->|\\[TOC]|\\[TAGS]|^\\s*-{2}8<-{2}.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JSX = Pattern.compile("</?([A-Z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*)[\\s/>]");
    private static final Pattern MKDOCS_ADMONITION = Pattern.compile("^\\s*(?:!!!|\\?\\?\\?\\+?)\\s*([A-Za-z][\\w-]*)");
    private static final Pattern COLON_ADMONITION = Pattern.compile("^\\s*:{3,}\\s*([A-Za-z][\\w-]*)");
    private static final Pattern HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\s(on[a-z]+)\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("^(import\\s.*|export\\s+(const|default|function|let)\\b.*)$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");
    private static final Pattern ONE_LINE_TAB = Pattern.compile("^(\\s*)(<TabItem(?:\\s[^>]*)?>)(.*\\S.*?)(</TabItem\\s*>)\\s*$");
    private static final Pattern IMPORT_END = Pattern.compile("['\"]\\s*;?\\s*$");
    private static final Pattern ICON = Pattern.compile(
            ":(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:(?:\\{[^}\\n]*})?");
    /** A fence's opening line: backticks or tildes, then an info string (no backticks after backticks). */
    private static final Pattern FENCE = Pattern.compile("^(`{3,}(?=[^`]*$)|~{3,})\\s*(\\S*).*$");

    private Unsupported() {}

    /** A page's body with MDX's import lines taken out, and what could not be carried over, by line. */
    record Scan(String body, List<String> findings) {}

    static Scan scan(String body, boolean docusaurus) {
        List<String> findings = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        String fence = null;
        String unwrapped = null; // the fence of an mdx-code-block, whose content is the page's
        String statement = null; // the keyword of an MDX statement that goes on over the next line
        String[] lines = body.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String strip = line.stripLeading();
            Matcher opening = FENCE.matcher(strip);
            boolean keep = true;
            if (statement != null && !line.isBlank() && !IMPORT.matcher(line).matches()) {
                if (ends(statement, line)) statement = null;
                keep = false;
            } else if (fence != null) {
                if (closes(strip, fence)) fence = null;
            } else if (unwrapped != null && closes(strip, unwrapped)) {
                unwrapped = null;
                keep = false;
            } else if (opening.matches()) {
                if (docusaurus && opening.group(2).equals("mdx-code-block") && unwrapped == null) {
                    unwrapped = opening.group(1);
                    keep = false;
                } else {
                    fence = opening.group(1);
                }
            } else {
                statement = null;
                String text = CODE_SPAN.matcher(line).replaceAll("");
                if (docusaurus && IMPORT.matcher(line).matches()) {
                    keep = false;
                    String keyword = line.startsWith("import") ? "import" : "export";
                    if (!ends(keyword, line)) statement = keyword;
                    if (!line.contains("@theme/Tabs") && !line.contains("@theme/TabItem")) {
                        findings.add(at(n, "MDX ‘" + shorten(line) + "’ taken out"));
                    }
                } else {
                    look(text, n, docusaurus, findings);
                    line = knownKind(line, docusaurus);
                    line = docusaurus ? ownLines(line) : withoutIcons(line, n, findings);
                }
            }
            if (keep) {
                out.append(line);
                if (n < lines.length - 1) out.append('\n');
            }
        }
        return new Scan(out.toString(), findings);
    }

    /**
     * Whether an MDX statement ends with {@code line}: an import with its module's name in quotes, an export
     * at the blank line (MDX reads both up to it; an import is ended sooner, so that nothing else is lost).
     */
    private static boolean ends(String keyword, String line) {
        return keyword.equals("import") && IMPORT_END.matcher(line).find();
    }

    /** Whether {@code line} (without its indent) closes a fence opened with {@code fence}. */
    private static boolean closes(String line, String fence) {
        String strip = line.strip();
        return strip.length() >= fence.length() && strip.chars().allMatch(c -> c == fence.charAt(0));
    }

    /**
     * A tab written on one line, {@code <TabItem value="a">Tekst</TabItem>} (as code formatters leave
     * short ones), on three: the generator reads a tab's tags on lines of their own.
     */
    private static String ownLines(String line) {
        Matcher tab = ONE_LINE_TAB.matcher(line);
        if (!tab.matches()) return line;
        String indent = tab.group(1);
        return indent + tab.group(2) + "\n" + indent + "  " + tab.group(3).strip() + "\n" + indent + tab.group(4);
    }

    /** The line without MkDocs Material's icon shortcodes outside code, each reported. */
    private static String withoutIcons(String line, int n, List<String> findings) {
        StringBuilder out = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(line);
        int from = 0;
        while (true) {
            boolean more = code.find();
            int end = more ? code.start() : line.length();
            Matcher icon = ICON.matcher(line.substring(from, end));
            while (icon.find()) findings.add(at(n, "icon ‘" + icon.group() + "’ left out (the icon sets of MkDocs Material are not carried over)"));
            out.append(icon.replaceAll(""));
            if (!more) return out.toString();
            out.append(code.group());
            from = code.end();
        }
    }

    private static void look(String text, int n, boolean docusaurus, List<String> findings) {
        Matcher jinja = JINJA.matcher(text);
        while (jinja.find()) findings.add(at(n, "macro or Jinja ‘" + shorten(jinja.group()) + "’ is not run"));
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) findings.add(at(n, "plugin placeholder ‘" + shorten(placeholder.group().strip()) + "’ is not filled in"));
        Set<String> components = new LinkedHashSet<>();
        Matcher jsx = JSX.matcher(text);
        while (jsx.find()) if (!JSX_KNOWN.contains(jsx.group(1))) components.add(jsx.group(1));
        for (String component : components) findings.add(at(n, "JSX component ‘<" + component + ">’ is not carried over"));
        if (docusaurus && text.contains("{/*")) findings.add(at(n, "MDX comment ‘{/* */}’ shows as text"));
        Matcher admonition = (docusaurus ? COLON_ADMONITION : MKDOCS_ADMONITION).matcher(text);
        if (admonition.find() && !ADMONITION_KINDS.contains(admonition.group(1).toLowerCase(java.util.Locale.ROOT))) {
            findings.add(at(n, "admonition kind ‘" + admonition.group(1) + "’ is not known; written as ‘note’"));
        }
        Matcher handler = HANDLER.matcher(text);
        while (handler.find()) findings.add(at(n, "event handler ‘" + handler.group(1) + "’ is removed"));
    }

    /**
     * The line with an admonition of a kind the generator does not know written as a note, which builds
     * (an unknown kind after colons would be an unknown entry type, an error); MkDocs' default title,
     * the kind's name, stays as the title.
     */
    private static String knownKind(String line, boolean docusaurus) {
        Matcher admonition = (docusaurus ? COLON_ADMONITION : MKDOCS_ADMONITION).matcher(line);
        if (!admonition.find() || ADMONITION_KINDS.contains(admonition.group(1).toLowerCase(java.util.Locale.ROOT))) return line;
        String kind = admonition.group(1);
        String rest = line.substring(admonition.end(1));
        if (!docusaurus && rest.isBlank()) rest = " \"" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "\"";
        return line.substring(0, admonition.start(1)) + "note" + rest;
    }

    private static String at(int index, String what) {
        return "line " + (index + 1) + ": " + what;
    }

    private static String shorten(String text) {
        String one = text.strip().replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
