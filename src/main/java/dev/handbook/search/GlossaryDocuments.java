package dev.handbook.search;

import dev.handbook.model.Page;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The terms of a glossary page as search documents of their own, one per term with its definition, titled
 * as entries are: a query for a term then finds its definition before the pages that use it. The pages
 * where a term is used are not its text.
 */
final class GlossaryDocuments {
    static final String LIST_CLASS = "handbook-glossary";
    private static final String USES_CLASS = "handbook-glossary__uses";

    private GlossaryDocuments() {}

    static List<SearchDocument> of(Page page, Element body, int chapter) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Element list : body.select("dl." + LIST_CLASS)) {
            for (Element dt : list.select("> dt[id]")) {
                StringBuilder text = new StringBuilder();
                for (Element dd = dt.nextElementSibling(); dd != null && dd.normalName().equals("dd"); dd = dd.nextElementSibling()) {
                    if (!dd.hasClass(USES_CLASS)) text.append(dd.text()).append(' ');
                }
                documents.add(new SearchDocument(page.outputPath() + "#" + dt.id(), dt.text(), page.title(), "",
                        list.attr("data-label"), chapter, text.toString().strip(), "", SearchDocument.TitleKind.TERM));
            }
        }
        return documents;
    }
}
