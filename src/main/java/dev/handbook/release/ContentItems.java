package dev.handbook.release;

import dev.handbook.markdown.PageBody;
import dev.handbook.model.Entry;
import dev.handbook.model.Page;
import dev.handbook.pipeline.Built;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The pages and entries of a rendered handbook as text, in reading order. A page's text leaves out the
 * entries that stand in it, which are items of their own, so that a changed tip does not also mark its
 * page as changed. Numbers ("Tip 3.4") are left out too: renumbering is not a change of content.
 */
public final class ContentItems {
    private ContentItems() {}

    public static List<ContentItem> of(Built built) {
        List<ContentItem> items = new ArrayList<>();
        Map<String, List<Entry>> inlineByPage = built.entries().all().stream()
                .filter(e -> !e.standalone())
                .collect(Collectors.groupingBy(Entry::pagePath));
        for (PageBody body : built.bodies()) {
            Page page = body.page();
            Element root = Jsoup.parseBodyFragment(body.html()).body();
            List<ContentItem> inline = new ArrayList<>();
            for (Entry entry : inlineByPage.getOrDefault(page.outputPath(), List.of())) {
                Element aside = root.getElementById(entry.anchor());
                if (aside == null) continue;
                Element inner = aside.clone();
                inner.select(".handbook-entry__header, .handbook-entry__fields, .handbook-entry__related").remove();
                inline.add(new ContentItem(ContentItem.ENTRY, entry.id(), entry.target(), entry.type(), entry.title(),
                        fields(entry) + blocks(inner)));
                aside.remove();
            }
            Entry standalone = built.entries().standaloneAt(page.outputPath()).orElse(null);
            if (standalone != null) {
                items.add(new ContentItem(ContentItem.ENTRY, standalone.id(), page.outputPath(), standalone.type(),
                        page.title(), summary(page) + fields(standalone) + blocks(root)));
            } else {
                items.add(new ContentItem(ContentItem.PAGE, page.id(), page.outputPath(), "", page.title(),
                        summary(page) + blocks(root)));
            }
            items.addAll(inline); // after their page, in the order a reader meets them
        }
        return items;
    }

    private static String summary(Page page) {
        return page.summary() == null ? "" : page.summary() + "\n";
    }

    private static String fields(Entry entry) {
        StringBuilder text = new StringBuilder();
        entry.fields().forEach((key, values) -> text.append(key).append(": ").append(String.join(", ", values)).append('\n'));
        return text.toString();
    }

    /** The text of each top-level block on a line of its own; inline markup is of no interest to readers of a diff. */
    private static String blocks(Element root) {
        List<String> lines = new ArrayList<>();
        for (Element child : root.children()) {
            String text = child.text().strip();
            if (!text.isEmpty()) lines.add(text);
        }
        String loose = root.ownText().strip();
        if (!loose.isEmpty()) lines.add(0, loose);
        return String.join("\n", lines);
    }
}
