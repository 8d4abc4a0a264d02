package dev.handbook.markdown.cite;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's citation syntax: {@code [@a]}, {@code [see @a, p. 12; @b]}, {@code [-@a]} in brackets and
 * {@code @a} in running text. Code spans, autolinks and escapes ({@code \@}) are read before this parser
 * sees an {@code @}, and an {@code @} after a letter or digit is an e-mail address, not a citation.
 * Keys that start as cross-references do ({@code @fig-}, {@code @tbl-}, {@code @sec-}, {@code @eq-}) are
 * left to those. A bracket followed by {@code (} or {@code [} is a link, not a citation.
 */
final class CitationSyntax implements InlineParserExtension {
    /** Pandoc's keys: a letter, digit or _ first, then those and internal punctuation; not ending in it. */
    static final String KEY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&+?<>~/-](?=[\\p{L}\\p{N}_]))*";
    private static final Pattern BARE = Pattern.compile("@(" + KEY + ")");
    private static final Pattern ITEM = Pattern.compile("^(.*?)(-?)@(" + KEY + ")(.*)$", Pattern.DOTALL);
    private static final Set<String> CROSS_REFERENCES = Set.of("fig-", "tbl-", "sec-", "eq-");
    /** Locator words as Pandoc reads them, in English and Dutch, to CSL's terms. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("p", "page"), Map.entry("pp", "page"), Map.entry("page", "page"), Map.entry("pages", "page"),
            Map.entry("blz", "page"), Map.entry("pag", "page"), Map.entry("pagina", "page"),
            Map.entry("ch", "chapter"), Map.entry("chap", "chapter"), Map.entry("chapter", "chapter"),
            Map.entry("hfdst", "chapter"), Map.entry("hoofdstuk", "chapter"),
            Map.entry("sec", "section"), Map.entry("section", "section"), Map.entry("§", "section"),
            Map.entry("par", "paragraph"), Map.entry("para", "paragraph"), Map.entry("paragraph", "paragraph"));
    private static final Pattern LOCATOR = Pattern.compile("^\\s*,?\\s*(?:([\\p{L}§]+)\\.?\\s*)?(\\d[\\w\\-–]*(?:\\s*,\\s*\\d[\\w\\-–]*)*)(.*)$",
            Pattern.DOTALL);

    @Override
    public void finalizeDocument(InlineParser inlineParser) {}

    @Override
    public void finalizeBlock(InlineParser inlineParser) {}

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int at = parser.getIndex();
        return input.charAt(at) == '[' ? bracketed(parser, input, at) : bare(parser, input, at);
    }

    private static boolean bracketed(LightInlineParser parser, BasedSequence input, int at) {
        int close = closing(input, at);
        if (close < 0) return false;
        if (close + 1 < input.length() && (input.charAt(close + 1) == '(' || input.charAt(close + 1) == '[')) return false;
        List<CiteItem> items = new ArrayList<>();
        for (String part : input.subSequence(at + 1, close).toString().split(";", -1)) {
            CiteItem item = item(part);
            if (item == null) return false;
            items.add(item);
        }
        add(parser, input.subSequence(at, close + 1), items, false);
        return true;
    }

    private static boolean bare(LightInlineParser parser, BasedSequence input, int at) {
        if (at > 0 && (Character.isLetterOrDigit(input.charAt(at - 1)) || input.charAt(at - 1) == '_')) return false;
        Matcher m = BARE.matcher(input.toString()).region(at, input.length());
        if (!m.lookingAt() || isCrossReference(m.group(1))) return false;
        add(parser, input.subSequence(at, m.end()), List.of(CiteItem.of(m.group(1))), true);
        return true;
    }

    /** The bracket that closes the one at {@code at}, on the same paragraph, with no bracket inside; or -1. */
    private static int closing(BasedSequence input, int at) {
        for (int i = at + 1; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ']') return i;
            if (c == '[') return -1;
        }
        return -1;
    }

    private static CiteItem item(String part) {
        Matcher m = ITEM.matcher(part);
        if (!m.matches() || m.group(1).contains("@") || isCrossReference(m.group(3))) return null;
        String prefix = m.group(1).strip();
        String rest = m.group(4);
        String label = null;
        String locator = null;
        String suffix = rest.strip();
        Matcher loc = LOCATOR.matcher(rest);
        if (rest.strip().startsWith(",") && loc.matches()) {
            String word = loc.group(1) == null ? null : LABELS.get(loc.group(1).toLowerCase(Locale.ROOT));
            if (loc.group(1) == null || word != null) {
                label = word == null ? "page" : word;
                locator = loc.group(2);
                suffix = loc.group(3).strip();
            }
        }
        // the suffix keeps its comma as written ("p. 9 en verder", "2023, en elders")
        if (!suffix.isEmpty() && !suffix.startsWith(",")) suffix = " " + suffix;
        else if (suffix.startsWith(",")) suffix = ", " + suffix.substring(1).strip();
        return new CiteItem(m.group(3), label, locator, prefix, suffix, "-".equals(m.group(2)));
    }

    private static boolean isCrossReference(String key) {
        return CROSS_REFERENCES.stream().anyMatch(key::startsWith);
    }

    private static void add(LightInlineParser parser, BasedSequence chars, List<CiteItem> items, boolean narrative) {
        parser.flushTextNode();
        parser.getBlock().appendChild(new CitationNode(chars, items, narrative));
        parser.setIndex(chars.getEndOffset() - parser.getInput().getStartOffset());
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "[@";
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser lightInlineParser) {
            return new CitationSyntax();
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
