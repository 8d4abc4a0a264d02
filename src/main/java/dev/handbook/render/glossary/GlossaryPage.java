package dev.handbook.render.glossary;

import dev.handbook.model.Page;
import dev.handbook.text.Slugs;
import dev.handbook.text.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * The glossary page's definition lists: each term gets its anchor, the handbook's abbreviations join
 * the first list, the list is in alphabetical order, and each term is followed by the pages that use it.
 * In print these links carry the page number (print.css), so the appendix works as an index.
 */
final class GlossaryPage {
    private final Glossary glossary;
    private final Function<String, String> ui;

    GlossaryPage(Glossary glossary, Function<String, String> ui) {
        this.glossary = glossary;
        this.ui = ui;
    }

    void apply(Page page, Element body) {
        boolean first = true;
        for (Element dl : body.select("dl")) {
            Map<String, List<Element>> groups = new LinkedHashMap<>();
            List<Element> current = null;
            for (Element child : dl.children()) {
                if (child.normalName().equals("dt")) {
                    current = new ArrayList<>();
                    groups.put(key(child.text()), current);
                }
                if (current != null) current.add(child);
            }
            if (first) {
                for (Term term : glossary.terms()) {
                    if (!term.abbreviation() || groups.containsKey(key(term.name()))) continue;
                    Element dt = new Element("dt").appendChild(new Element("abbr").text(term.name()));
                    groups.put(key(term.name()), new ArrayList<>(List.of(dt, new Element("dd").text(term.definition()))));
                }
            }
            dl.empty().addClass("handbook-glossary").attr("data-label", ui.apply("glossary.label"));
            for (Term term : glossary.terms()) {
                List<Element> group = groups.remove(key(term.name()));
                if (group == null) continue;
                group.get(0).id(term.anchor());
                group.forEach(dl::appendChild);
                List<Glossary.UsePage> uses = glossary.uses().getOrDefault(term.anchor(), List.of());
                if (uses.isEmpty()) continue;
                Element line = dl.appendElement("dd").addClass("handbook-glossary__uses");
                line.appendElement("span").addClass("handbook-glossary__uses-label").text(ui.apply("glossary.used-on"));
                for (int i = 0; i < uses.size(); i++) {
                    Glossary.UsePage use = uses.get(i);
                    line.appendText(i == 0 ? " " : ", ");
                    line.appendElement("a").attr("href", Urls.relative(page.outputPath(), use.outputPath()))
                            .text((use.number().isEmpty() ? "" : use.number() + " ") + use.title());
                }
            }
            groups.values().forEach(rest -> rest.forEach(dl::appendChild));
            first = false;
        }
    }

    /** A term as the list and the page compare it: typographic quotes and case make no difference. */
    private static String key(String term) {
        return Slugs.slug(term.strip());
    }
}
