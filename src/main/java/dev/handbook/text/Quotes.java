package dev.handbook.text;

/**
 * The typography of plain text (titles, summaries, excerpts) made the same as that of bodies, which
 * flexmark's typographic extension gives (markdown.Typography): curly quotes, the closing single quote
 * as apostrophe (thema’s, ’s-Hertogenbosch), dashes for -- and ---, and an ellipsis for three dots.
 */
public final class Quotes {
    private Quotes() {}

    /** The text with straight quotes curled; null stays null. */
    public static String curl(String text) {
        if (text == null || text.indexOf('\'') < 0 && text.indexOf('"') < 0 && !text.contains("--") && !text.contains("...")) {
            return text;
        }
        String dashed = text.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026");
        StringBuilder out = new StringBuilder(dashed.length());
        for (int i = 0; i < dashed.length(); i++) {
            char c = dashed.charAt(i);
            char before = i == 0 ? ' ' : dashed.charAt(i - 1);
            char after = i + 1 < dashed.length() ? dashed.charAt(i + 1) : ' ';
            if (c == '"') {
                out.append(opening(before) && !Character.isWhitespace(after) ? '\u201c' : '\u201d');
            } else if (c == '\'') {
                out.append(opening(before) && Character.isLetterOrDigit(after) && !elision(dashed, i) ? '\u2018' : '\u2019');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a quote after this character opens: at the start, after a space or an opening bracket. */
    private static boolean opening(char before) {
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2013' || before == '\u2014';
    }

    /** 's and 't at the start of a word are short for des and het: an apostrophe, not a quote. */
    private static boolean elision(String text, int quote) {
        if (quote + 2 > text.length()) return false;
        char letter = Character.toLowerCase(text.charAt(quote + 1));
        char next = quote + 2 < text.length() ? text.charAt(quote + 2) : ' ';
        return (letter == 's' || letter == 't') && (Character.isWhitespace(next) || next == '-');
    }
}
