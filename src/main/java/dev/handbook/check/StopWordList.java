package dev.handbook.check;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Snowball's stop words for Dutch and English: the words too common to search for, which the search
 * index leaves out. They live here, below the configuration, so that {@code handbook.yml}'s
 * {@code search.keep-words} can be checked against them when it is read (a kept word that is no stop
 * word has no effect); the search code takes them from here.
 */
public final class StopWordList {
    private StopWordList() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Snowball's Dutch list (snowball.tartarus.org/algorithms/dutch/stop.txt). */
    private static final List<String> DUTCH = List.of(
            "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "was",
            "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat",
            "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij", "uit",
            "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u", "want", "nog", "zal",
            "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al", "waren", "veel", "meer",
            "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja", "eens",
            "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf", "tegen", "na",
            "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest", "andere");

    /**
     * Snowball's English list (snowball.tartarus.org/algorithms/english/stop.txt). Words split at
     * apostrophes, so the contractions appear as their first halves ("isn" of "isn't").
     */
    private static final List<String> ENGLISH = List.of(
            "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
            "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that",
            "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
            "having", "do", "does", "did", "doing", "would", "should", "could", "ought", "isn", "aren", "wasn",
            "weren", "hasn", "haven", "hadn", "doesn", "don", "didn", "won", "wouldn", "shan", "shouldn", "can",
            "cannot", "couldn", "mustn", "let", "a", "an", "the", "and", "but", "if", "or", "because", "as",
            "until", "while", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through",
            "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off",
            "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why", "how",
            "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not",
            "only", "own", "same", "so", "than", "too", "very");

    private static final List<String> DUTCH_SORTED = DUTCH.stream().sorted().distinct().toList();
    private static final List<String> ENGLISH_SORTED = ENGLISH.stream().sorted().distinct().toList();

    /** The stop words of a language ("nl" or "en"), sorted; Dutch for any other language. */
    public static List<String> of(String language) {
        return Language.supported(language).equals("en") ? ENGLISH_SORTED : DUTCH_SORTED;
    }

    /** Whether a word, as written, is a stop word of the language once {@link #fold folded}. */
    public static boolean contains(String language, String word) {
        return of(language).contains(fold(word));
    }

    /**
     * A word as the search index compares it: accents off, lower case, ligatures spelled out
     * ("Coördinatie" gives "coordinatie"). The search's analyzer folds every word this way.
     */
    public static String fold(String word) {
        // most words are plain ASCII, which has nothing to decompose or take off
        if (isAscii(word)) return word.toLowerCase(Locale.ROOT);
        String bare = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        String lower = bare.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) return lower;
        return lower.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ĳ", "ij")
                .replace("œ", "oe").replace("ł", "l");
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
