package dev.handbook.markdown.abbr;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the uses of abbreviations in a page's text: the page's own definitions and the handbook's.
 * Only plain text is looked at: not code, not link text or URLs (flexmark excludes what it marks as
 * {@link DoNotDecorate} or {@link DoNotLinkDecorate}), not raw HTML. An abbreviation counts as a whole
 * word, longer ones first ("BBP-groei" before "BBP"). The page is walked without recursion (flexmark's
 * node post-processors classify the tree by recursion, which a deeply nested page would overflow before
 * the nesting check sees it).
 */
final class AbbreviationMarker extends DocumentPostProcessor {
    private final Pattern pattern;
    private final Map<String, BasedSequence> expansions;

    private AbbreviationMarker(Map<String, BasedSequence> expansions) {
        this.expansions = expansions;
        this.pattern = expansions.isEmpty() ? null : pattern(expansions.keySet());
    }

    private static Pattern pattern(Iterable<String> abbreviations) {
        List<String> sorted = new ArrayList<>();
        abbreviations.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder regex = new StringBuilder();
        for (String abbr : sorted) {
            if (regex.length() > 0) regex.append('|');
            // a word boundary only where the abbreviation starts or ends with a letter or digit ("C++" has none at its end)
            if (Character.isLetterOrDigit(abbr.charAt(0))) regex.append("(?<![\\p{L}\\p{N}_])");
            regex.append(Pattern.quote(abbr));
            if (Character.isLetterOrDigit(abbr.charAt(abbr.length() - 1))) regex.append("(?![\\p{L}\\p{N}_])");
        }
        return Pattern.compile(regex.toString());
    }

    @Override
    public Document processDocument(Document document) {
        if (pattern == null) return document;
        List<Node> texts = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (Node child = document.getLastChild(); child != null; child = child.getPrevious()) open.push(child);
        while (!open.isEmpty()) {
            Node node = open.pop();
            if (node instanceof DoNotDecorate || node instanceof DoNotLinkDecorate) continue;
            if (node instanceof Text) texts.add(node);
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) open.push(child);
        }
        for (Node text : texts) mark(text);
        return document;
    }

    private void mark(Node node) {
        BasedSequence original = node.getChars();
        Matcher m = pattern.matcher(original);
        int done = 0;
        TextBase base = null;
        while (m.find()) {
            BasedSequence expansion = expansions.get(m.group());
            if (expansion == null) continue;
            if (base == null) {
                if (node.getParent() instanceof TextBase parent) {
                    base = parent;
                } else {
                    base = new TextBase(original);
                    node.insertBefore(base);
                }
            }
            if (m.start() > done) add(base, new Text(original.subSequence(done, m.start())), node);
            add(base, new AbbreviationUse(original.subSequence(m.start(), m.end()), expansion), node);
            done = m.end();
        }
        if (base == null) return;
        if (done < original.length()) add(base, new Text(original.subSequence(done)), node);
        node.unlink();
    }

    /** Puts {@code added} where {@code text} stands: before it inside a text base it already had, else at the new base's end. */
    private static void add(TextBase base, Node added, Node text) {
        if (text.getParent() == base) text.insertBefore(added);
        else base.appendChild(added);
    }

    static final class Factory extends DocumentPostProcessorFactory {
        private final Map<String, String> handbookWide;

        Factory(Map<String, String> handbookWide) {
            this.handbookWide = handbookWide;
        }

        @Override
        public DocumentPostProcessor apply(Document document) {
            Map<String, BasedSequence> expansions = new HashMap<>();
            handbookWide.forEach((abbr, expansion) -> expansions.put(abbr, CharSubSequence.of(expansion)));
            for (Map.Entry<String, AbbreviationBlock> page : AbbreviationExtension.ABBREVIATIONS.get(document).entrySet()) {
                BasedSequence expansion = page.getValue().getAbbreviation();
                if (!page.getKey().isEmpty() && !expansion.isBlank()) expansions.put(page.getKey(), expansion);
            }
            return new AbbreviationMarker(expansions);
        }
    }
}
