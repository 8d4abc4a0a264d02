package dev.handbook.markdown.fence;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns GitHub alerts ({@code > [!NOTE]}) into callouts, so that content written for GitHub keeps working. */
public final class GithubAlerts {
    public static final List<String> KINDS = List.of("note", "tip", "important", "warning", "caution");
    private static final Pattern MARKER = Pattern.compile("^\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][ \\t]*", Pattern.CASE_INSENSITIVE);

    private GithubAlerts() {}

    public static void convert(Document document) {
        List<BlockQuote> quotes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof BlockQuote quote) quotes.add(quote);
        }
        for (BlockQuote quote : quotes) {
            if (!(quote.getFirstChild() instanceof Paragraph paragraph)) continue;
            Matcher m = MARKER.matcher(paragraph.getChars());
            if (!m.find()) continue;
            removeMarker(paragraph, paragraph.getStartOffset() + m.end());
            FencedBlock callout = new FencedBlock(quote.getChars(), quote.getLineNumber(), 3, m.group(1).toLowerCase(Locale.ROOT), "",
                    FenceAttributes.NONE, FencedBlock.Form.ALERT);
            while (quote.getFirstChild() != null) callout.appendChild(quote.getFirstChild());
            quote.insertBefore(callout);
            quote.unlink();
        }
    }

    private static void removeMarker(Paragraph paragraph, int markerEnd) {
        Node child = paragraph.getFirstChild();
        while (child != null && child.getStartOffset() < markerEnd) {
            Node next = child.getNext();
            if (child.getEndOffset() <= markerEnd) {
                child.unlink();
            } else if (child instanceof Text text) {
                text.setChars(text.getChars().subSequence(markerEnd - text.getStartOffset()));
            }
            child = next;
        }
        if (paragraph.getFirstChild() instanceof SoftLineBreak br) br.unlink();
        if (paragraph.getFirstChild() == null) paragraph.unlink();
    }
}
