package dev.handbook.search;

import dev.handbook.search.SearchDocument.TitleKind;

/**
 * How much a term in a document counts: BM25 over the body text (more occurrences count, with
 * diminishing returns, and less in long sections), plus a fixed bonus when the term is in the title,
 * so that a title match outranks any number of body matches of the same term; times the term's rarity.
 *
 * @param k1 how quickly repeated body occurrences saturate
 * @param b how much a long body dilutes its matches
 * @param pageTitle bonus for a term in a page title
 * @param heading bonus for a term in a section heading
 * @param entryTitle bonus for a term in an entry title: entries are what readers look for
 * @param context bonus for a term in the context (the page title of a section, an entry's label)
 * @param glossaryTerm bonus for a term in a glossary term's name: a query for a term finds its definition first
 */
public record Scoring(double k1, double b, double pageTitle, double heading, double entryTitle, double context,
        double glossaryTerm) {
    public static final Scoring DEFAULT = new Scoring(1.2, 0.75, 2.5, 2.0, 3.0, 0.5, 6.0);

    /** Scores are written as integers: hundredths of a point are precise enough to rank. */
    static final int SCALE = 100;

    /** Inverse document frequency, BM25's variant that stays positive for very common terms. */
    double rarity(int documentFrequency, int documentCount) {
        return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    double score(TermCounts counts, TitleKind kind, int bodyLength, double averageBodyLength, double rarity) {
        return score(counts.body(), counts.title() != 0, counts.context() != 0, kind, norm(bodyLength, averageBodyLength),
                rarity);
    }

    /** How much a body of {@code bodyLength} terms dilutes its matches; the same for every term of a document. */
    double norm(int bodyLength, double averageBodyLength) {
        return 1 - b + b * (averageBodyLength == 0 ? 1 : bodyLength / averageBodyLength);
    }

    /**
     * The score of a term that occurs {@code body} times in a document's body, and in its title and
     * context or not; {@code norm} is the document's {@link #norm}. Only whether a term is in the title
     * or context counts, not how often.
     */
    double score(int body, boolean inTitle, boolean inContext, TitleKind kind, double norm, double rarity) {
        double bodyScore = body > 0 ? body * (k1 + 1) / (body + k1 * norm) : 0;
        double title = inTitle ? titleBonus(kind) : 0;
        double around = inContext ? context : 0;
        return rarity * (bodyScore + title + around);
    }

    private double titleBonus(TitleKind kind) {
        return switch (kind) {
            case ENTRY -> entryTitle;
            case HEADING -> heading;
            case PAGE -> pageTitle;
            case TERM -> glossaryTerm;
        };
    }

    int scaled(double score) {
        return Math.max(1, (int) Math.round(score * SCALE));
    }

    /** How often a term occurs in each field of one document. */
    record TermCounts(int title, int context, int body) {}
}
