package dev.handbook.render.xref;

import dev.handbook.markdown.xref.CrossReferences;
import dev.handbook.model.Page;
import dev.handbook.text.Urls;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Numbered figures and tables and the cross-references to them, in a rendered page body: an image with a
 * {@code fig-} id alone in its paragraph becomes a {@code <figure>} with its caption ("Figuur 2.1 …"), the
 * paragraph {@code : Onderschrift} with a {@code tbl-} id after a table becomes its {@code <caption>}, and
 * {@code @fig-x}, {@code @tbl-x}, {@code @sec-x} in the text become links whose text is the number (a
 * section's: its title). The print stylesheet adds "op pagina N" to those links from {@code data-on-page}.
 */
public final class FigureMarkup {
    private static final Pattern USE = Pattern.compile("(?<![\\p{L}\\p{N}_@])@((?:fig|tbl|sec)-[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}_])");
    private static final List<String> NOT_TEXT = List.of("a", "code", "pre", "script", "style", "kbd", "samp");
    private final CrossReferences references;
    private final Function<String, String> ui;

    /** @param ui interface strings by key ("xref.figure") in the handbook's language */
    public FigureMarkup(CrossReferences references, Function<String, String> ui) {
        this.references = references;
        this.ui = ui;
    }

    public void apply(Page page, Element body) {
        for (Element img : body.select("img[id^=fig-]")) figure(img);
        // flexmark reads the line ": Onderschrift" as a definition without a term when the definition list is on
        for (Element p : body.select("p[id^=tbl-], dd[id^=tbl-]")) caption(p);
        // Pandoc's caption without a label: the table gets it, unnumbered
        for (Element dd : body.select("table + dd:not([id])")) {
            dd.previousElementSibling().prependChild(new Element("caption").html(dd.html()));
            dd.remove();
        }
        links(page, body);
    }

    private void figure(Element img) {
        Element paragraph = img.parent();
        CrossReferences.Target target = references.find(img.id());
        if (paragraph == null || !paragraph.tagName().equals("p") || paragraph.childrenSize() != 1
                || !paragraph.ownText().isBlank() || target == null) {
            return;
        }
        Element figure = new Element("figure").id(img.id()).addClass("handbook-figure");
        img.removeAttr("id");
        paragraph.replaceWith(figure);
        figure.appendChild(img);
        Element caption = figure.appendElement("figcaption");
        caption.appendElement("span").addClass("handbook-figure__label").text(ui.apply("xref.figure") + " " + target.number());
        caption.appendText(" " + img.attr("alt"));
    }

    private void caption(Element paragraph) {
        Element block = paragraph;
        Element parent = paragraph.parent();
        if (paragraph.normalName().equals("dd") && parent != null && parent.normalName().equals("dl") && parent.childrenSize() == 1) {
            block = parent;
        }
        Element table = block.previousElementSibling();
        if (table != null && !table.tagName().equals("table")) table = table.selectFirst("table");
        CrossReferences.Target target = references.find(paragraph.id());
        if (table == null || target == null) return;
        table.id(paragraph.id());
        Element caption = new Element("caption");
        caption.appendElement("span").addClass("handbook-figure__label").text(ui.apply("xref.table") + " " + target.number());
        caption.appendText(" ");
        paragraph.childNodes().forEach(n -> caption.appendChild(n.clone()));
        // the ": " that marks the line as a caption is no part of it
        for (Node n : caption.childNodes()) {
            if (n instanceof TextNode t && !t.text().isBlank()) {
                t.text(t.text().replaceFirst("^\\s*:\\s*", ""));
                break;
            }
        }
        table.prependChild(caption);
        block.remove();
    }

    private void links(Page page, Element body) {
        if (!body.text().contains("@")) return;
        for (TextNode text : TextNodes.under(body)) {
            if (!text.text().contains("@") || TextNodes.inside(text, NOT_TEXT)) continue;
            link(page, text);
        }
    }

    private void link(Page page, TextNode text) {
        String value = text.getWholeText();
        Matcher m = USE.matcher(value);
        int done = 0;
        Node at = text;
        boolean changed = false;
        while (m.find()) {
            CrossReferences.Target target = references.find(m.group(1), page.outputPath());
            if (target == null) continue;
            changed = true;
            TextNode before = new TextNode(value.substring(done, m.start()));
            at.after(before);
            at = before;
            Element a = new Element("a").addClass("handbook-xref")
                    .attr("href", Urls.relative(page.outputPath(), target.outputPath() + "#" + target.anchor()))
                    .attr("data-on-page", ui.apply("xref.on-page"))
                    .text(label(target));
            at.after(a);
            at = a;
            done = m.end();
        }
        if (!changed) return;
        at.after(new TextNode(value.substring(done)));
        text.remove();
    }

    private String label(CrossReferences.Target target) {
        return switch (target.kind()) {
            case FIGURE -> ui.apply("xref.figure") + " " + target.number();
            case TABLE -> ui.apply("xref.table") + " " + target.number();
            case SECTION -> target.caption();
        };
    }
}
