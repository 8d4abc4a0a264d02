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
                Lines lines = new Lines();
                fields(entry, lines);
                blocks(inner, lines);
                inline.add(new ContentItem(ContentItem.ENTRY, entry.id(), entry.target(), entry.type(), entry.title(),
                        lines.text(), lines.blocks));
                aside.remove();
            }
            Entry standalone = built.entries().standaloneAt(page.outputPath()).orElse(null);
            Lines lines = new Lines();
            if (page.summary() != null) lines.add(page.summary(), ContentItem.Block.PARAGRAPH);
            if (standalone != null) {
                fields(standalone, lines);
                blocks(root, lines);
                items.add(new ContentItem(ContentItem.ENTRY, standalone.id(), page.outputPath(), standalone.type(),
                        page.title(), lines.text(), lines.blocks));
            } else {
                blocks(root, lines);
                items.add(new ContentItem(ContentItem.PAGE, page.id(), page.outputPath(), "", page.title(),
                        lines.text(), lines.blocks));
            }
            items.addAll(inline); // after their page, in the order a reader meets them
        }
        return items;
    }

    /**
     * The text's lines with what each is. The text is the lines joined by line breaks, exactly as the
     * text of earlier editions was made (their digests depend on it): a summary and the fields each end
     * in a line break, and the blocks are joined without one at the end.
     */
    private static final class Lines {
        final List<String> lines = new ArrayList<>();
        final List<ContentItem.Block> blocks = new ArrayList<>();
        private int bodyBlocks;

        void add(String line, ContentItem.Block block) {
            lines.add(line);
            blocks.add(block);
        }

        void addBody(String line, ContentItem.Block block) {
            add(line, block);
            bodyBlocks++;
        }

        String text() {
            String text = String.join("\n", lines);
            return bodyBlocks == 0 && !lines.isEmpty() ? text + "\n" : text;
        }
    }

    private static void fields(Entry entry, Lines lines) {
        entry.fields().forEach((key, values) -> lines.add(key + ": " + String.join(", ", values), ContentItem.Block.FIELD));
    }

    /** The text of each top-level block on a line of its own; inline markup is of no interest to readers of a diff. */
    private static void blocks(Element root, Lines lines) {
        String loose = root.ownText().strip();
        if (!loose.isEmpty()) lines.addBody(loose, ContentItem.Block.PARAGRAPH);
        for (Element child : root.children()) {
            String text = child.text().strip();
            if (!text.isEmpty()) lines.addBody(text, block(child, text));
        }
    }

    /** What {@code element} is; a list with the lengths of its items when its line is their texts joined by spaces. */
    private static ContentItem.Block block(Element element, String text) {
        ContentItem.Block block = ContentItem.Block.of(element.normalName());
        if (!block.list()) return block;
        List<String> items = element.children().stream().filter(li -> li.normalName().equals("li"))
                .map(li -> li.text().strip()).toList();
        if (items.isEmpty() || items.stream().anyMatch(String::isEmpty) || !String.join(" ", items).equals(text)) return block;
        return new ContentItem.Block(block.tag(), 0, items.stream().map(String::length).toList());
    }
}
