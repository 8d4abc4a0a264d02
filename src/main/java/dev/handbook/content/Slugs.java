package dev.handbook.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns titles and file names into ASCII slugs: "Één regio, één aanpak" becomes "een-regio-een-aanpak". */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern PREFIX = Pattern.compile("^(\\d+)[-_. ]+(?=.)");

    private Slugs() {}

    public static String slug(String text) {
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

    /** A file or folder name without its ordering prefix and extension: "02-de-regio.md" gives "de-regio". */
    public static String fromFileName(String name) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        String slug = slug(PREFIX.matcher(base).replaceFirst(""));
        return slug.isEmpty() ? slug(base) : slug;
    }

    /** The ordering prefix of a file or folder name, or null: "02-de-regio.md" gives 2. */
    public static Integer prefix(String name) {
        Matcher m = PREFIX.matcher(name);
        if (!m.find()) return null;
        String digits = m.group(1);
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.valueOf(digits);
    }
}
