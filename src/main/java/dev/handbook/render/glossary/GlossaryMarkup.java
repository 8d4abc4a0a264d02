package dev.handbook.render.glossary;

import dev.handbook.config.ReferenceSettings.GlossaryLinks;
import dev.handbook.model.Page;
import dev.handbook.render.xref.TextNodes;
import dev.handbook.text.Urls;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Glossary terms in a rendered page body: the first use of each term on a page (or every use, per
 * {@code glossary-links}) outside headings, links and code becomes a link to its definition with a
 * popover that holds the definition ({@code role=tooltip}, tied to the link by {@code aria-describedby},
 * hidden until glossary.js shows it on hover, focus or tap). Without JavaScript the link still leads to
 * the definition. The glossary page itself gets its terms' anchors and "used on" lines ({@link GlossaryPage}).
 */
public final class GlossaryMarkup {
    private static final List<String> NOT_TEXT = List.of("a", "code", "pre", "script", "style", "kbd", "samp",
            "h1", "h2", "h3", "h4", "h5", "h6", "abbr", "dt", "button", "summary", "figcaption", "caption", "title");
    private final Glossary glossary;
    private final GlossaryPage glossaryPage;
    private final ThreadLocal<TermMatcher> matchers;

    public GlossaryMarkup(Glossary glossary, Function<String, String> ui) {
        this.glossary = glossary;
        this.glossaryPage = new GlossaryPage(glossary, ui);
        this.matchers = ThreadLocal.withInitial(() -> new TermMatcher(glossary.terms(), glossary.language()));
    }

    public void apply(Page page, Element body) {
        if (glossary.isEmpty()) return;
        if (page.outputPath().equals(glossary.pagePath())) {
            glossaryPage.apply(page, body);
            return;
        }
        if (glossary.links() == GlossaryLinks.NONE) return;
        Set<String> linked = new HashSet<>();
        int[] count = {0};
        TermMatcher matcher = matchers.get();
        for (TextNode text : TextNodes.under(body)) {
            if (text.isBlank() || TextNodes.inside(text, NOT_TEXT)) continue;
            String value = text.getWholeText();
            Node at = text;
            int done = 0;
            for (TermMatcher.Match m : matcher.find(value)) {
                if (glossary.links() == GlossaryLinks.FIRST && !linked.add(m.term().anchor())) continue;
                TextNode before = new TextNode(value.substring(done, m.start()));
                at.after(before);
                Element use = use(page, m.term(), value.substring(m.start(), m.end()), ++count[0]);
                before.after(use);
                at = use;
                done = m.end();
            }
            if (at == text) continue;
            at.after(new TextNode(value.substring(done)));
            text.remove();
        }
        for (Element abbr : body.select("abbr.handbook-abbr")) {
            Term term = glossary.terms().stream().filter(t -> t.variants().contains(abbr.text())).findFirst().orElse(null);
            if (term == null || abbr.closest("a, h1, h2, h3, h4, h5, h6") != null) continue;
            if (glossary.links() == GlossaryLinks.FIRST && !linked.add(term.anchor())) continue;
            Element use = use(page, term, "", ++count[0]);
            abbr.replaceWith(use);
            use.selectFirst("a").empty().appendChild(abbr);
        }
    }

    /** A use of a term: its link, and the popover the link is described by. */
    private Element use(Page page, Term term, String text, int n) {
        String id = "handbook-term-" + n;
        Element wrapper = new Element("span").addClass("handbook-term");
        wrapper.appendElement("a").addClass("handbook-term__link")
                .attr("href", Urls.relative(page.outputPath(), glossary.pagePath() + "#" + term.anchor()))
                .attr("aria-describedby", id)
                .text(text);
        Element popover = wrapper.appendElement("span").addClass("handbook-term__popover").id(id)
                .attr("role", "tooltip").attr("hidden", true);
        popover.appendElement("strong").text(term.name());
        popover.appendText(": " + term.definition());
        return wrapper;
    }
}
