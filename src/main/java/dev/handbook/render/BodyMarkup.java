package dev.handbook.render;

import dev.handbook.markdown.xref.CrossReferences;
import dev.handbook.markdown.xref.ReferenceScan;
import dev.handbook.model.Page;
import dev.handbook.render.glossary.Glossary;
import dev.handbook.render.glossary.GlossaryMarkup;
import dev.handbook.render.xref.FigureMarkup;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a page body gets from the whole handbook after flexmark rendered it: numbered figures and tables,
 * cross-references as links, glossary terms with their definitions. Done on the body, so that the site,
 * the print page and the search index all see the same.
 */
public final class BodyMarkup {
    private final FigureMarkup figures;
    private final GlossaryMarkup glossary;
    private final boolean noGlossary;

    public BodyMarkup(CrossReferences references, Glossary glossary, Function<String, String> ui) {
        this.figures = new FigureMarkup(references, ui);
        this.glossary = new GlossaryMarkup(glossary, ui);
        this.noGlossary = glossary.isEmpty();
    }

    /** The body with what the handbook gives it; a body that needs nothing is left as flexmark wrote it, unparsed. */
    public String apply(Page page, String html) {
        if (noGlossary && !ReferenceScan.mentionsReferences(page.markdown())) return html;
        Element body = Jsoup.parseBodyFragment(html).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        figures.apply(page, body);
        glossary.apply(page, body);
        return body.html();
    }
}
