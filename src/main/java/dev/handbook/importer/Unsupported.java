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
 * not know, and event handlers such as {@code onclick}. MDX {@code import} and {@code export} lines are
 * taken out of the body (those of {@code Tabs} and {@code TabItem} silently).
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

    private Unsupported() {}

    /** A page's body with MDX's import lines taken out, and what could not be carried over, by line. */
    record Scan(String body, List<String> findings) {}

    static Scan scan(String body, boolean docusaurus) {
        List<String> findings = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        String fence = "";
        String[] lines = body.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String strip = line.stripLeading();
            boolean keep = true;
            if (!fenced && (strip.startsWith("```") || strip.startsWith("~~~"))) {
                fenced = true;
                fence = strip.substring(0, 3);
            } else if (fenced && strip.startsWith(fence)) {
                fenced = false;
            } else if (!fenced) {
                String text = CODE_SPAN.matcher(line).replaceAll("");
                if (docusaurus && IMPORT.matcher(line).matches()) {
                    keep = false;
                    if (!line.contains("@theme/Tabs") && !line.contains("@theme/TabItem")) {
                        findings.add(at(n, "MDX ‘" + shorten(line) + "’ taken out"));
                    }
                } else {
                    look(text, n, docusaurus, findings);
                    line = knownKind(line, docusaurus);
                }
            }
            if (keep) {
                out.append(line);
                if (n < lines.length - 1) out.append('\n');
            }
        }
        return new Scan(out.toString(), findings);
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
