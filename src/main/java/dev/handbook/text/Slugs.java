package dev.handbook.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles and file names into ASCII slugs: "Één regio, één aanpak" becomes "een-regio-een-aanpak". */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    public static String slug(String text) {
        if (isSlug(text)) return text; // most names are: 02-de-regio.md
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = folded.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o")
                .replace("Ø", "o").replace("ĳ", "ij").replace("Ĳ", "ij").replace("œ", "oe").replace("ł", "l");
        String slug = NOT_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') start++;
        while (end > start && slug.charAt(end - 1) == '-') end--;
        return slug.substring(start, end);
    }

    /** Whether {@code text} is a slug already: lowercase ASCII letters and digits in runs joined by single hyphens. */
    public static boolean isSlug(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == '-' || text.charAt(n - 1) == '-') return false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (c != '-' || text.charAt(i - 1) == '-')) return false;
        }
        return true;
    }

    /** A file or folder name without its ordering prefix and extension: "02-de-regio.md" gives "de-regio". */
    public static String fromFileName(String name) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        String slug = slug(base.substring(prefixEnd(base)));
        return slug.isEmpty() ? slug(base) : slug;
    }

    /** The ordering prefix of a file or folder name, or null: "02-de-regio.md" gives 2. */
    public static Integer prefix(String name) {
        int end = prefixEnd(name);
        if (end == 0) return null;
        int digits = 0;
        while (isDigit(name.charAt(digits))) digits++;
        return digits > 9 ? Integer.MAX_VALUE : Integer.valueOf(name.substring(0, digits));
    }

    /**
     * Where the name starts after its ordering prefix (digits, then one or more of "-_. "), 0 when it has
     * none; a name that is nothing but a prefix keeps its last separator ("01--" gives "-").
     */
    private static int prefixEnd(String name) {
        int n = name.length();
        int digits = 0;
        while (digits < n && isDigit(name.charAt(digits))) digits++;
        int end = digits;
        while (end < n && "-_. ".indexOf(name.charAt(end)) >= 0) end++;
        if (digits == 0 || end == digits) return 0;
        if (end < n) return end;
        return end - digits >= 2 ? n - 1 : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
