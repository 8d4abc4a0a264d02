package dev.handbook.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.check.Problem;
import dev.handbook.model.Page;
import dev.handbook.yaml.Pos;

/**
 * How deep a page body nests, checked before anything walks its tree by recursion: flexmark's
 * renderer, jsoup's visitors of the rendered page and the search extractor all recurse once per
 * level, so a page of a few hundred nested lists or a few thousand nested {@code <div>}s would overflow
 * the stack. No real handbook comes near {@value #LIMIT} levels (the sample handbook nests at most six).
 *
 * <p>Two looks, both linear. {@link #ofText} reads the Markdown text before it is parsed: the quote and
 * list markers at the start of each line, its indentation, the colon fences and the brackets of links
 * open (the most on the line). That keeps the parse itself linear, as flexmark's block parser visits every open container
 * on every line and matches nested brackets again for each level: a page of thousands of nested
 * containers would take minutes. {@link #ofTree} then counts exactly on the
 * parsed tree, without recursion: every node that holds other nodes is a level (a quote, a list item, a
 * fence, emphasis, a link), except the wrappers that only hold such levels (a list, a paragraph), plus
 * the HTML elements that raw HTML has left open at that point.
 */
final class Nesting {
    /** The most levels a page body may nest. */
    static final int LIMIT = 100;
    static final String CODE = "nesting.too-deep";

    private Nesting() {}

    /** The problem of a body whose text already nests deeper than {@link #LIMIT}, or null. */
    static Problem ofText(Page page) {
        String text = page.markdown();
        int firstLine = -1;
        int deepest = 0;
        int openFences = 0;
        int brackets = 0;
        char codeFence = 0;
        int codeFenceLength = 0;
        int line = 0;
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int i = start;
            int indent = 0;
            for (; i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) indent += text.charAt(i) == '\t' ? 4 : 1;
            int markers = 0;
            while (i < end) {
                int after = marker(text, i, end);
                if (after < 0) break;
                markers++;
                i = after;
                while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            }
            int run = run(text, i, end);
            char c = i < end ? text.charAt(i) : 0;
            if (codeFence != 0) {
                if (c == codeFence && run >= codeFenceLength && text.substring(i + run, end).isBlank()) codeFence = 0;
            } else if ((c == '`' || c == '~') && run >= 3) {
                codeFence = c;
                codeFenceLength = run;
            } else if (c == ':' && run >= 3) {
                if (text.substring(i + run, end).isBlank()) {
                    if (openFences > 0) openFences--;
                } else {
                    openFences++;
                }
            }
            int bracketsHere = brackets;
            if (i >= end) {
                brackets = 0;
            } else if (codeFence == 0) {
                for (int k = i; k < end; k++) {
                    char b = text.charAt(k);
                    if (b == '\\') {
                        k++;
                    } else if (b == '[') {
                        bracketsHere = Math.max(bracketsHere, ++brackets);
                    } else if (b == ']' && brackets > 0) {
                        brackets--;
                    }
                }
            }
            int depth = codeFence != 0 ? 0 : markers + indent / 2 + openFences + bracketsHere;
            if (depth > deepest) deepest = depth;
            if (depth > LIMIT && firstLine < 0) firstLine = line;
            start = end + 1;
        }
        return firstLine < 0 ? null : problem(page, firstLine, deepest);
    }

    /** The index after a quote or list marker and its space at {@code i}, or -1 when none is there. */
    private static int marker(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') return i + 1;
        int next = i + 1;
        if (c == '-' || c == '*' || c == '+') return next < end && isSpace(text.charAt(next)) ? next : -1;
        int digits = 0;
        while (i + digits < end && digits < 10 && Character.isDigit(text.charAt(i + digits))) digits++;
        int after = i + digits;
        if (digits == 0 || after >= end || text.charAt(after) != '.' && text.charAt(after) != ')') return -1;
        return after + 1 < end && isSpace(text.charAt(after + 1)) ? after + 1 : -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static int run(String text, int i, int end) {
        if (i >= end) return 0;
        int k = i;
        while (k < end && text.charAt(k) == text.charAt(i)) k++;
        return k - i;
    }

    /** The problem of a parsed body that nests deeper than {@link #LIMIT}, or null; walks the tree without recursion. */
    static Problem ofTree(Page page, Document document) {
        HtmlDepth html = new HtmlDepth();
        Node first = null;
        int deepest = 0;
        int levels = 0;
        Node node = document.getFirstChild();
        while (node != null) {
            int here = levels + (isLevel(node) ? 1 : 0);
            int open = node instanceof HtmlBlock || node instanceof HtmlInline ? html.feed(node.getChars()) : html.depth();
            int depth = here + open;
            if (depth > deepest) deepest = depth;
            if (depth > LIMIT && first == null) first = node;
            if (node.getFirstChild() != null) {
                levels = here;
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                if (node == null || node == document) return first == null ? null : problem(page, first.getLineNumber(), deepest);
                if (isLevel(node)) levels--;
            }
            node = node == null ? null : node.getNext();
        }
        return first == null ? null : problem(page, first.getLineNumber(), deepest);
    }

    /**
     * Whether a node is a level of its own: it holds other nodes and is not a wrapper that holds only
     * levels (a list holds items, a paragraph holds text). No wrapper holds another directly, so the
     * tree is at most twice as deep as its levels.
     */
    private static boolean isLevel(Node node) {
        return node.getFirstChild() != null
                && !(node instanceof ListBlock || node instanceof Paragraph || node instanceof DefinitionList);
    }

    private static Problem problem(Page page, int lineIndex, int levels) {
        return Problem.error("", new Pos(page.bodyLine() + lineIndex, 1), CODE, levels, LIMIT);
    }
}
