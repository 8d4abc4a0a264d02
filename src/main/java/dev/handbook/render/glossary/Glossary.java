package dev.handbook.render.glossary;

import dev.handbook.config.ReferenceSettings;
import dev.handbook.markdown.xref.GlossaryDefinitions;
import dev.handbook.model.Page;
import dev.handbook.text.Slugs;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handbook's glossary: the terms of its glossary page and its abbreviations, in alphabetical order,
 * and for each term the pages that use it (in reading order), for the glossary page's "used on" lines.
 *
 * @param pagePath the output path of the glossary page, or null when the handbook has none
 * @param uses by term anchor, the pages that use the term
 */
public record Glossary(String pagePath, ReferenceSettings.GlossaryLinks links, String language, List<Term> terms,
        Map<String, List<UsePage>> uses) {
    public static final Glossary NONE = new Glossary(null, ReferenceSettings.GlossaryLinks.NONE, "nl", List.of(), Map.of());
    /** What is no running text in Markdown: code spans, link texts with their URLs, raw tags, cross-references. */
    private static final Pattern NOT_TEXT = Pattern.compile("`[^`]*`|!?\\[[^\\]]*\\]\\([^)]*\\)|<[^>]*>|\\{[^}]*\\}|@(?:fig|tbl|sec)-[\\w-]+");
    private static final Pattern VARIANT = Pattern.compile("^(.*?)\\s*\\(([^)]+)\\)$");

    public Glossary {
        terms = List.copyOf(terms);
        uses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(uses)); // in reading order: part of the structure key
    }

    /** A page that uses a term. */
    public record UsePage(String outputPath, String number, String title) {}

    /**
     * @param glossaryPage the page {@code glossary:} names, or null
     * @param abbreviations the handbook-wide abbreviations, which join the glossary
     * @param pages every page in reading order
     */
    public static Glossary of(Page glossaryPage, ReferenceSettings.GlossaryLinks links, String language,
            Map<String, String> abbreviations, List<Page> pages) {
        if (glossaryPage == null) return NONE;
        Map<String, Term> byName = new LinkedHashMap<>();
        Set<String> anchors = new HashSet<>();
        for (GlossaryDefinitions.Definition d : GlossaryDefinitions.of(glossaryPage)) {
            byName.putIfAbsent(d.term().toLowerCase(Locale.ROOT), new Term(d.term(), anchor(d.term(), anchors), d.text(), variants(d.term()), false));
        }
        abbreviations.forEach((abbr, expansion) -> byName.putIfAbsent(abbr.toLowerCase(Locale.ROOT),
                new Term(abbr, anchor(abbr, anchors), expansion, List.of(abbr), true)));
        Collator order = Collator.getInstance(Locale.forLanguageTag(language));
        List<Term> terms = new ArrayList<>(byName.values());
        terms.sort((a, b) -> order.compare(a.name(), b.name()));
        TermMatcher matcher = new TermMatcher(terms, language);
        Map<String, List<UsePage>> uses = new LinkedHashMap<>();
        for (Page page : pages) {
            if (page.sourcePath().equals(glossaryPage.sourcePath())) continue;
            Set<String> found = new HashSet<>();
            for (TermMatcher.Match m : matcher.find(runningText(page.markdown()))) {
                if (found.add(m.term().anchor())) {
                    uses.computeIfAbsent(m.term().anchor(), k -> new ArrayList<>())
                            .add(new UsePage(page.outputPath(), page.number(), page.title()));
                }
            }
        }
        return new Glossary(glossaryPage.outputPath(), links, language, terms, uses);
    }

    /** The Markdown without what is not read as running text: code, headings, links, tags, attribute lists. */
    static String runningText(String markdown) {
        StringBuilder text = new StringBuilder();
        boolean code = false;
        for (String line : markdown.split("\\R")) {
            String bare = line.stripLeading();
            if (bare.startsWith("```") || bare.startsWith("~~~")) {
                code = !code;
                continue;
            }
            if (code || bare.startsWith("#") || bare.startsWith("*[") || line.startsWith("    ")) continue;
            text.append(NOT_TEXT.matcher(line).replaceAll(" ")).append('\n');
        }
        return text.toString();
    }

    private static List<String> variants(String name) {
        Matcher m = VARIANT.matcher(name);
        return m.matches() ? List.of(name, m.group(1), m.group(2)) : List.of(name);
    }

    private static String anchor(String name, Set<String> taken) {
        String base = "begrip-" + Slugs.slug(name);
        String anchor = base;
        for (int n = 2; !taken.add(anchor); n++) anchor = base + "-" + n;
        return anchor;
    }

    /** The term with this anchor, or null. */
    public Term term(String anchor) {
        return terms.stream().filter(t -> t.anchor().equals(anchor)).findFirst().orElse(null);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
