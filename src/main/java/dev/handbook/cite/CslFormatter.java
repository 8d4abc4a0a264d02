package dev.handbook.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import dev.handbook.markdown.cite.CiteItem;
import dev.handbook.markdown.cite.CitationFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Citations and entries formatted by citeproc-java with a CSL style. The processor is made on first use,
 * so a build that renders no citation (a check) never pays for reading the style; it holds state, so
 * its calls take turns. Every entry is registered at once, so that what tells two sources apart ("2024a")
 * is the same on every page whatever order pages render in.
 */
final class CslFormatter implements CitationFormatter {
    private final Bibliography bibliography;
    private final CitationStyle style;
    private final String heading;
    private final String page;
    /** The literal author of the stand-ins, followed by the entry's index: a word no real author has. */
    private static final String STAND_IN = "HandbookStandIn";
    private final List<String> keys;
    private CSL csl;

    CslFormatter(Bibliography bibliography, CitationStyle style, String heading, String page) {
        this.bibliography = bibliography;
        this.style = style;
        this.heading = heading;
        this.page = page;
        this.keys = List.copyOf(bibliography.items().keySet());
    }

    @Override
    public synchronized String cite(List<CiteItem> items, boolean narrative) {
        if (narrative) return narrative(items.get(0));
        String text = citation(items.stream()
                .map(item -> item(item, item.suppressAuthor() ? standIn(item.key()) : item.key())).toList());
        for (CiteItem item : items) {
            if (item.suppressAuthor()) text = text.replaceFirst(Pattern.quote(STAND_IN + index(item.key())) + "(,\\s*)?", "");
        }
        return text;
    }

    /**
     * Pandoc's "CBS (2024)". The CSL processor leaves out neither the author nor the rest of a citation
     * on request, so the source is cited once as it is and once with a stand-in for its author: what
     * follows the stand-in is the rest, and what the real citation has in its place is the author.
     */
    private String narrative(CiteItem item) {
        String full = citation(List.of(item(item, item.key())));
        String standIn = citation(List.of(item(item, standIn(item.key()))));
        String name = STAND_IN + index(item.key());
        int at = standIn.indexOf(name);
        String rest = at < 0 ? "" : standIn.substring(at + name.length());
        if (at < 0 || !full.endsWith(rest) || full.length() < at + rest.length()) return full;
        String author = full.substring(at, full.length() - rest.length());
        String open = standIn.substring(0, at);
        return author + " " + open + rest.replaceFirst("^[,;:]?\\s*", "");
    }

    @Override
    public synchronized List<String> entries(Collection<String> keys) {
        Set<String> wanted = Set.copyOf(keys);
        if (wanted.stream().noneMatch(this::knows)) return List.of();
        return Arrays.asList(processor().makeBibliography(item -> wanted.contains(item.getId())).getEntries());
    }

    @Override
    public synchronized List<String> allEntries() {
        if (bibliography.items().isEmpty()) return List.of();
        return Arrays.asList(processor().makeBibliography(item -> knows(item.getId())).getEntries());
    }

    @Override
    public boolean knows(String key) {
        return bibliography.items().containsKey(key);
    }

    @Override
    public String heading() {
        return heading;
    }

    @Override
    public String bibliographyPage() {
        return page;
    }

    private String citation(List<CSLCitationItem> items) {
        return processor().makeCitation(new CSLCitation(items.toArray(CSLCitationItem[]::new))).get(0).getText();
    }

    private static CSLCitationItem item(CiteItem item, String id) {
        CSLCitationItemBuilder builder = new CSLCitationItemBuilder(id);
        if (!item.prefix().isEmpty()) builder.prefix(item.prefix() + " ");
        if (!item.suffix().isEmpty()) builder.suffix(item.suffix());
        if (item.locator() != null) builder.locator(item.locator()).label(CSLLabel.fromString(item.label()));
        return builder.build();
    }

    /** The id of the copy of an entry whose author is a stand-in; each has its own, so none is told apart from another. */
    private static String standIn(String key) {
        return key + "\u0000stand-in";
    }

    private int index(String key) {
        return keys.indexOf(key);
    }

    private CSL processor() {
        if (csl == null) {
            List<CSLItemData> entries = List.copyOf(bibliography.items().values());
            csl = processor(entries);
            if (YearSuffixes.needed(entries)) {
                csl = processor(YearSuffixes.of(entries, listed(csl)));
            }
        }
        return csl;
    }

    /**
     * The keys in the order the style lists their entries. The processor names no entry it lists, so each
     * entry is found by its text in the list of all.
     */
    private List<String> listed(CSL processor) {
        List<String> all = Arrays.asList(processor.makeBibliography(item -> knows(item.getId())).getEntries());
        return keys.stream()
                .sorted(java.util.Comparator.comparingInt((String key) ->
                        all.indexOf(processor.makeBibliography(item -> item.getId().equals(key)).getEntries()[0])))
                .toList();
    }

    /** A processor that knows the entries and a copy of each with a stand-in author, all registered. */
    private CSL processor(List<CSLItemData> entries) {
        List<CSLItemData> items = new ArrayList<>(entries);
        for (CSLItemData item : entries) {
            items.add(new CSLItemDataBuilder(item).id(standIn(item.getId()))
                    .author(new CSLNameBuilder().literal(STAND_IN + index(item.getId())).build()).build());
        }
        CSL made;
        try {
            made = new CSL(new ListItemDataProvider(items), style::terms, new DefaultAbbreviationProvider(), style.xml(), style.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        made.setOutputFormat("html");
        made.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
        return made;
    }
}
