package dev.handbook.search;

import dev.handbook.check.Language;
import dev.handbook.check.StopWordList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.dutchStemmer;
import org.tartarus.snowball.ext.englishStemmer;

/**
 * Turns text into index terms: words are runs of letters, digits and combining marks; each is folded
 * (accents off, lower case, ligatures spelled out), stop words and words of one letter are dropped,
 * and the rest is stemmed with Snowball (Dutch, or English for {@code language: en}). A handbook may keep
 * some stop words ({@code search.keep-words}). Runs of stop words in titles and contexts also give
 * phrase terms ("hier en nu"), and each stop word of a title a term of its own (" nu"), so that a query
 * of stop words alone still finds something.
 *
 * <p>{@code search.js} does exactly the same to a query (its {@code analyze} function mirrors this
 * class step by step, and a test holds them to the same output), so both sides must change together.
 *
 * <p>Not thread-safe (the Snowball stemmer keeps state): use one per thread.
 */
public final class Analyzer {
    /** Same character classes as {@code TOKEN} in search.js. */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 40;
    /** The longest phrase of stop words that is a term of its own; search.js splits longer ones alike. */
    static final int MAX_PHRASE = 3;
    private static final String DROPPED = "";

    private final String language;
    private final Set<String> stopWords;
    private final SnowballStemmer stemmer;
    /** Words repeat a lot in a handbook; stemming each distinct word once makes indexing cheap. */
    private final Map<String, String> cache = new HashMap<>();

    private Analyzer(String language, Collection<String> keepWords) {
        this.language = Language.supported(language);
        this.stopWords = Set.copyOf(StopWords.of(this.language, keepWords));
        this.stemmer = this.language.equals("en") ? new englishStemmer() : new dutchStemmer();
    }

    /** An analyzer for a handbook language: English for "en", Dutch otherwise. */
    public static Analyzer of(String language) {
        return new Analyzer(language, List.of());
    }

    /** An analyzer that indexes {@code keepWords} although they are stop words of the language. */
    public static Analyzer of(String language, Collection<String> keepWords) {
        return new Analyzer(language, keepWords);
    }

    public String language() {
        return language;
    }

    /** The terms of a text, in order, stop words left out. */
    public List<String> terms(String text) {
        // the words TOKEN matches, found without a regex: at 10,000 pages the matcher was 13% of a rebuild
        List<String> terms = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = isWordChar(c);
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                add(text.substring(start, i), terms);
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) add(text.substring(start), terms);
        return terms;
    }

    /**
     * The terms of a context: its {@link #terms}, then a phrase term for every two or three stop words
     * in a row ("hier en", "en nu", "hier en nu": folded, one space between). The browser searches a
     * query of stop words only as such a phrase. Only titles and contexts get them: in body text runs
     * like "van de" are everywhere and would make the index much larger.
     */
    public List<String> termsWithPhrases(String text) {
        return withStopWordTerms(text, false);
    }

    /**
     * The terms of a title (a page's, a heading's, an entry's): its {@link #termsWithPhrases}, then a
     * term for each stop word of two letters or more on its own, written after a space (" wat"), so that
     * a query of one stop word ("wat", "geen") finds the titles that hold it; and when the title opens
     * with a stop word, that word after a caret too ("^wat"): a title that begins with it is about it
     * ("Wat is brede welvaart?", "Geen cookies en geen trackers"), and the browser ranks those first.
     * The space and the caret keep these terms apart from stems that happen to be spelt like a stop word
     * ("met" of "meten"), and from the prefix and typo matching of ordinary words. Contexts do not get
     * them: every section of "Wat is brede welvaart?" would then match "wat".
     */
    public List<String> titleTerms(String text) {
        return withStopWordTerms(text, true);
    }

    /** The term of a stop word anywhere in a title, as {@link #titleTerms} gives it: the folded word after a space. */
    static String stopWordTerm(String folded) {
        return " " + folded;
    }

    /** The term of the stop word a title opens with, as {@link #titleTerms} gives it: the folded word after a caret. */
    static String openingStopWordTerm(String folded) {
        return "^" + folded;
    }

    private List<String> withStopWordTerms(String text, boolean single) {
        List<String> terms = terms(text);
        List<String> run = new ArrayList<>();
        Matcher words = TOKEN.matcher(text);
        boolean first = true;
        while (true) {
            boolean found = words.find();
            String folded = found ? fold(words.group()) : null;
            boolean opening = first;
            first = false;
            if (found && stopWords.contains(folded)) {
                run.add(folded);
                if (single && folded.length() >= MIN_LENGTH) {
                    terms.add(stopWordTerm(folded));
                    if (opening) terms.add(openingStopWordTerm(folded));
                }
                continue;
            }
            for (int start = 0; start + 1 < run.size(); start++) {
                for (int end = start + 2; end <= Math.min(run.size(), start + MAX_PHRASE); end++) {
                    terms.add(String.join(" ", run.subList(start, end)));
                }
            }
            run.clear();
            if (!found) return terms;
        }
    }

    private void add(String word, List<String> terms) {
        String term = term(word);
        if (term != null) terms.add(term);
    }

    /** What {@code [\p{L}\p{N}\p{M}]} matches: a letter, a number or a combining mark. */
    static boolean isWordChar(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK:
                return true;
            default:
                return false;
        }
    }

    /** The term of one word, or null when the word is not indexed (a stop word, too short or too long). */
    public String term(String word) {
        String term = cache.get(word);
        if (term == null) {
            term = analyze(word);
            if (cache.size() < 200_000) cache.put(word, term);
        }
        return term.equals(DROPPED) ? null : term;
    }

    private String analyze(String word) {
        String folded = fold(word);
        if (folded.length() < MIN_LENGTH || folded.length() > MAX_LENGTH || stopWords.contains(folded)) return DROPPED;
        return stem(folded);
    }

    /** The bare Snowball stem of a folded word, as the browser's stemmer gives it. */
    public String stem(String folded) {
        stemmer.setCurrent(folded);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Accents off, lower case, ligatures spelled out: "Coördinatie" gives "coordinatie" ({@link StopWordList#fold}). */
    static String fold(String word) {
        return StopWordList.fold(word);
    }
}
