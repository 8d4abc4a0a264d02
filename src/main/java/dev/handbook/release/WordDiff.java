package dev.handbook.release;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-level difference between two texts, as runs of kept, removed and added text. Words and the
 * space or punctuation between them are separate tokens, so that a changed word shows as that word
 * and not as its whole line.
 */
public final class WordDiff {
    /** What happened to a run of text. */
    public enum Op { SAME, DELETED, INSERTED }

    public record Segment(Op op, String text) {}

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\s+|[^\\p{L}\\p{N}\\s]");

    private WordDiff() {}

    public static List<Segment> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, Op.SAME, a.subList(position, start));
            add(out, Op.DELETED, delta.getSource().getLines());
            add(out, Op.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(out, Op.SAME, a.subList(position, a.size()));
        return joinRuns(out);
    }

    /**
     * Makes one removal and one addition of changes that only a space keeps apart, so that "per kwartaal"
     * to "per half jaar" reads as kwartaal → half jaar, not as three changes around a kept space.
     */
    private static List<Segment> joinRuns(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean gap = s.op() == Op.SAME && s.text().isBlank() && (deleted.length() > 0 || inserted.length() > 0)
                    && i + 1 < segments.size();
            if (s.op() == Op.DELETED || gap) deleted.append(s.text());
            if (s.op() == Op.INSERTED || gap) inserted.append(s.text());
            if (s.op() == Op.SAME && !gap) {
                flush(out, deleted, inserted);
                out.add(s);
            }
        }
        flush(out, deleted, inserted);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        boolean noDeletion = deleted.toString().isBlank();
        boolean noInsertion = inserted.toString().isBlank();
        if (noDeletion && noInsertion) {
            if (inserted.length() > 0) out.add(new Segment(Op.SAME, inserted.toString())); // only spacing changed
        } else {
            if (!noDeletion) out.add(new Segment(Op.DELETED, deleted.toString()));
            if (!noInsertion) out.add(new Segment(Op.INSERTED, inserted.toString()));
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    private static void add(List<Segment> out, Op op, List<String> tokens) {
        if (tokens.isEmpty()) return;
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            out.set(out.size() - 1, new Segment(op, out.get(out.size() - 1).text() + text));
        } else {
            out.add(new Segment(op, text));
        }
    }
}
