package dev.handbook.render.print;

import dev.handbook.config.ReferenceSettings.BookList;
import dev.handbook.render.view.PrintView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The lists of figures and of tables that {@code lists:} asks for, as appendices of the print page: each
 * numbered figure or table with its caption, and in the PDF its page number (print.css). Read off the
 * print parts, whose figures and tables already carry their numbers and their ids in the print page.
 */
final class FigureLists {
    private FigureLists() {}

    static List<PrintView.Appendix> of(List<BookList> lists, List<byte[]> parts, Function<String, String> ui) {
        if (lists.isEmpty()) return List.of();
        List<PrintView.AppendixItem> figures = new ArrayList<>();
        List<PrintView.AppendixItem> tables = new ArrayList<>();
        for (byte[] part : parts) {
            String html = new String(part, StandardCharsets.UTF_8);
            if (!html.contains("handbook-figure__label")) continue;
            Element body = Jsoup.parseBodyFragment(html).body();
            for (Element caption : body.select("figure[id] > figcaption, table[id] > caption")) {
                Element label = caption.selectFirst(".handbook-figure__label");
                if (label == null) continue;
                String title = caption.text().substring(Math.min(caption.text().length(), label.text().length())).strip();
                PrintView.AppendixItem item = new PrintView.AppendixItem(label.text(), title, "#" + caption.parent().id());
                (caption.normalName().equals("figcaption") ? figures : tables).add(item);
            }
        }
        List<PrintView.Appendix> appendices = new ArrayList<>();
        for (BookList list : lists) {
            boolean isFigures = list == BookList.FIGURES;
            String title = ui.apply(isFigures ? "glossary.list-figures" : "glossary.list-tables");
            appendices.add(new PrintView.Appendix(isFigures ? "bijlage-figuren" : "bijlage-tabellen", title, isFigures ? figures : tables));
        }
        return appendices;
    }
}
