package dev.handbook.render.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Liang's hyphenation (the algorithm of TeX) over a language's patterns and exceptions, as the
 * hyph-utf8 project ships them in plain text: {@code hyph-LANG.pat.txt} (one pattern a line,
 * {@code .aan5}, {@code a2ë}) and {@code hyph-LANG.hyp.txt} (words with their hyphens, {@code
 * aan-dachts-trek-ker}), both resources beside this class.
 */
public final class Hyphenator {
    private static final String VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûü";

    private final Map<String, byte[]> patterns = new HashMap<>();
    private final Map<String, boolean[]> exceptions = new HashMap<>();
    private final int leftMin;
    private final int rightMin;
    private int longest;

    private Hyphenator(int leftMin, int rightMin) {
        this.leftMin = leftMin;
        this.rightMin = rightMin;
    }

    /** Dutch, with the hyph-nl patterns (Piet Tutelaers, MIT licence) and their least parts of two letters. */
    public static Hyphenator dutch() {
        Hyphenator h = new Hyphenator(2, 2);
        h.read("hyph-nl.pat.txt", h::addPattern);
        h.read("hyph-nl.hyp.txt", h::addException);
        return h;
    }

    /**
     * Where {@code word} (letters only) may break: {@code breaks[i]} is true when a hyphen may stand
     * before its i-th character. Never within the first {@code leftMin} or last {@code rightMin} letters.
     */
    public boolean[] breaks(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean[] breaks = new boolean[word.length()];
        if (lower.length() != word.length() || word.length() < leftMin + rightMin) return breaks;
        boolean[] known = exceptions.get(lower);
        if (known != null) return known.clone();
        String dotted = "." + lower + ".";
        byte[] points = new byte[dotted.length() + 1];
        for (int start = 0; start < dotted.length(); start++) {
            for (int end = start + 1; end <= Math.min(dotted.length(), start + longest); end++) {
                byte[] values = patterns.get(dotted.substring(start, end));
                if (values == null) continue;
                for (int k = 0; k < values.length; k++) {
                    if (values[k] > points[start + k]) points[start + k] = values[k];
                }
            }
        }
        // points[i + 1] is the value between the word's characters i - 1 and i (the dot shifts by one)
        for (int i = leftMin; i <= word.length() - rightMin; i++) {
            breaks[i] = points[i + 1] % 2 == 1;
        }
        // a lone consonant is no syllable: the patterns give "welvaart-s-paragraaf", where the linking s
        // belongs to the part before it ("welvaarts-paragraaf"); a lone vowel may be one ("ei-e-ren")
        for (int i = 1; i < word.length(); i++) {
            if (breaks[i - 1] && breaks[i] && !(VOWELS.indexOf(lower.charAt(i - 1)) >= 0)) breaks[i - 1] = false;
        }
        return breaks;
    }

    /** {@code word} with {@code mark} (a soft hyphen, or "-" to read) at each place it may break. */
    public String hyphenate(String word, String mark) {
        boolean[] breaks = breaks(word);
        StringBuilder out = new StringBuilder(word.length() + 8);
        for (int i = 0; i < word.length(); i++) {
            if (breaks[i]) out.append(mark);
            out.append(word.charAt(i));
        }
        return out.toString();
    }

    private void addPattern(String line) {
        StringBuilder letters = new StringBuilder();
        byte[] values = new byte[line.length() + 1];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                values[letters.length()] = (byte) (c - '0');
            } else {
                letters.append(c);
            }
        }
        byte[] trimmed = java.util.Arrays.copyOf(values, letters.length() + 1);
        patterns.put(letters.toString(), trimmed);
        longest = Math.max(longest, letters.length());
    }

    private void addException(String line) {
        String word = line.replace("-", "");
        boolean[] breaks = new boolean[word.length()];
        int at = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '-') {
                breaks[at] = true;
            } else {
                at++;
            }
        }
        exceptions.put(word.toLowerCase(Locale.ROOT), breaks);
    }

    private void read(String resource, java.util.function.Consumer<String> line) {
        try (InputStream in = Hyphenator.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                String s = l.strip();
                if (!s.isEmpty() && !s.startsWith("%")) line.accept(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
