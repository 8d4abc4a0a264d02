package dev.handbook.markdown.fence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of admonition that MkDocs (Material), Docusaurus and GitHub write, and the theme's callout
 * each is drawn as. The theme has five callouts (note, tip, important, warning, caution); a kind keeps
 * its own label ("Voorbeeld", "Gevaar") and class, so a theme can tell them apart if it wants to.
 */
public final class Admonitions {
    /** Each kind an editor may write, aliases included, to the kind it is a name of. */
    private static final Map<String, String> KIND_OF = new LinkedHashMap<>();
    /** Each kind to the theme's callout it is drawn as. */
    private static final Map<String, String> CALLOUT = new LinkedHashMap<>();

    static {
        kind("note", "note");
        kind("abstract", "note", "summary", "tldr");
        kind("info", "note", "todo");
        kind("tip", "tip", "hint");
        kind("important", "important");
        kind("success", "tip", "check", "done");
        kind("question", "note", "help", "faq");
        kind("warning", "warning", "attention");
        kind("caution", "caution");
        kind("failure", "caution", "fail", "missing");
        kind("danger", "caution", "error");
        kind("bug", "caution");
        kind("example", "note");
        kind("quote", "note", "cite");
    }

    /** The kinds, without their aliases, in the order MkDocs Material lists them. */
    public static final List<String> KINDS = List.copyOf(CALLOUT.keySet());

    private Admonitions() {}

    private static void kind(String kind, String callout, String... aliases) {
        KIND_OF.put(kind, kind);
        for (String alias : aliases) KIND_OF.put(alias, kind);
        CALLOUT.put(kind, callout);
    }

    /** The kind {@code name} is a name of ("hint" gives "tip"), or null when it names none. */
    public static String kindOf(String name) {
        return name == null ? null : KIND_OF.get(name.toLowerCase(Locale.ROOT));
    }

    public static boolean isKind(String name) {
        return kindOf(name) != null;
    }

    /** The theme's callout a kind (as {@link #kindOf} gives it) is drawn as. */
    public static String callout(String kind) {
        return CALLOUT.getOrDefault(kind, "note");
    }

    /** Every name an editor may write, aliases included, sorted: for the message that lists them. */
    public static List<String> names() {
        return KIND_OF.keySet().stream().sorted().toList();
    }
}
