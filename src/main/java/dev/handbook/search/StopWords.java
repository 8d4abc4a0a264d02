package dev.handbook.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words too common to search for: Snowball's stop lists for Dutch and English. The index leaves them
 * out, and the list goes into the index's meta file so that the browser drops the same words from a
 * query (otherwise "de regio" would require a word that is never indexed).
 */
final class StopWords {
    private StopWords() {}

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

    /** The stop words of a language ("nl" or "en"), sorted; Dutch for any other language. */
    static List<String> of(String language) {
        return (language.equals("en") ? ENGLISH : DUTCH).stream().sorted().distinct().toList();
    }

    /** The stop words of a language less the words a handbook keeps ({@code search.keep-words}), sorted. */
    static List<String> of(String language, Collection<String> keep) {
        Set<String> kept = keep.stream().map(Analyzer::fold).collect(Collectors.toSet());
        return of(language).stream().filter(w -> !kept.contains(w)).toList();
    }
}
