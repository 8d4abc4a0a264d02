package dev.handbook.release;

import dev.handbook.config.HandbookConfig;
import dev.handbook.text.Urls;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * The list of changes as HTML: for the changes page of the site, where titles link to the pages, and
 * for the appendix of the print page and PDF, where they do not. Unchanged stretches of a long text are
 * shortened to a few words either side of a change, so that the reader sees what changed, not everything.
 */
final class ChangesHtml {
    private static final int CONTEXT_WORDS = 8;

    private final Labels labels;
    private final HandbookConfig config;
    private final ChangeBlocks blocks;

    ChangesHtml(Labels labels, HandbookConfig config) {
        this.labels = labels;
        this.config = config;
        this.blocks = new ChangeBlocks(config);
    }

    /**
     * Fills {@code into} with the changes under headings of {@code level} and {@code level + 1}.
     *
     * @param link the URL of an item's path, or null to leave titles unlinked
     */
    void write(Element into, String version, Changes changes, int level, Function<String, String> link) {
        if (changes.previous() == null) {
            into.appendElement("p").text(labels.get("changes.first", version));
            return;
        }
        into.appendElement("p").text(labels.get("changes.intro", version, changes.previous(), changes.added().size(),
                changes.removed().size(), changes.changed().size()));
        if (changes.none()) {
            into.appendElement("p").text(labels.get("changes.none"));
            return;
        }
        list(into, "added", changes.added(), level, link);
        list(into, "removed", changes.removed(), level, null);
        if (changes.changed().isEmpty()) return;
        Element section = into.appendElement("section").addClass("edition-changes__changed");
        section.appendElement("h" + level).text(labels.get("changes.changed") + " (" + changes.changed().size() + ")");
        for (Changes.Changed c : changes.changed()) {
            Element item = section.appendElement("div").addClass("edition-change");
            Element heading = item.appendElement("h" + (level + 1));
            title(heading, c.after(), link);
            if (!c.before().path().equals(c.after().path())) {
                item.appendElement("p").addClass("edition-change__moved").text(labels.get("changes.moved", c.before().path()));
            }
            ChangeBlocks.Shown shown = blocks.of(c);
            if (!shown.fields().isEmpty()) {
                Element fields = item.appendElement("ul").addClass("edition-fields");
                for (ChangeBlocks.FieldChange field : shown.fields()) fieldChange(fields.appendElement("li"), field);
            }
            blocks(item, shown.blocks(), level + 1);
        }
    }

    /**
     * Each changed block as what it is: a heading as a heading below the item's own, one level further
     * in for each level it had on its page, but never more than one level below the heading before it,
     * so that the outline skips no level (the item's heading stands for the page's title).
     */
    private void blocks(Element item, List<ChangeBlocks.Block> blocks, int itemLevel) {
        int last = itemLevel;
        for (ChangeBlocks.Block block : blocks) {
            if (block.heading()) {
                int level = Math.min(6, Math.min(itemLevel + Math.max(1, block.block().level() - 1), last + 1));
                diff(item.appendElement("h" + level).addClass("edition-diff").addClass("edition-diff--heading"),
                        block.segments());
                last = level;
            } else if (!block.items().isEmpty()) {
                // only the items that changed, each an item of its own: a list, not a sentence of its items
                Element list = item.appendElement(block.block().tag()).addClass("edition-diff").addClass("edition-diff--list");
                for (ListItems.Item changed : block.items()) {
                    Element li = list.appendElement("li");
                    if (list.normalName().equals("ol")) li.attr("value", String.valueOf(changed.index() + 1));
                    diff(li, changed.segments());
                }
            } else {
                diff(item.appendElement("p").addClass("edition-diff"), block.segments());
            }
        }
    }

    private void list(Element into, String key, List<ContentItem> items, int level, Function<String, String> link) {
        if (items.isEmpty()) return;
        Element section = into.appendElement("section").addClass("edition-changes__" + key);
        section.appendElement("h" + level).text(labels.get("changes." + key) + " (" + items.size() + ")");
        Element ul = section.appendElement("ul");
        for (ContentItem item : items) title(ul.appendElement("li"), item, link);
    }

    private void title(Element into, ContentItem item, Function<String, String> link) {
        into.appendElement("span").addClass("edition-change__kind").text(kind(item) + ": ");
        if (link == null) {
            into.appendText(item.title());
        } else {
            into.appendElement("a").attr("href", link.apply(item.path())).text(item.title());
        }
    }

    private String kind(ContentItem item) {
        if (!item.isEntry()) return labels.get("changes.page");
        return config.type(item.type()).map(t -> t.label()).orElse(item.type());
    }

    private void diff(Element p, List<WordDiff.Segment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            WordDiff.Segment s = segments.get(i);
            switch (s.op()) {
                case SAME -> p.appendText(shorten(s.text(), i > 0, i < segments.size() - 1));
                case DELETED -> marked(p.appendElement("del"), "changes.deleted", s.text());
                case INSERTED -> marked(p.appendElement("ins"), "changes.inserted", s.text());
            }
        }
    }

    /** "Thema: A → B", with the old values deleted and the new inserted, either side empty when the field came or went. */
    private void fieldChange(Element li, ChangeBlocks.FieldChange field) {
        li.appendElement("span").addClass("edition-field__label").text(field.label() + ": ");
        if (!field.before().isEmpty()) marked(li.appendElement("del"), "changes.deleted", field.before());
        if (!field.before().isEmpty() && !field.after().isEmpty()) li.appendText(" → ");
        if (!field.after().isEmpty()) marked(li.appendElement("ins"), "changes.inserted", field.after());
    }

    /** Screen readers do not say {@code del} and {@code ins}, so each carries words that they do say. */
    private void marked(Element element, String key, String text) {
        element.appendElement("span").addClass("edition-hidden").text("[" + labels.get(key) + " ");
        element.appendText(text);
        element.appendElement("span").addClass("edition-hidden").text(" " + labels.get("changes.end") + "]");
    }

    /** Keeps the words next to a change: the start after one, the end before one. */
    static String shorten(String text, boolean afterChange, boolean beforeChange) {
        List<String> tokens = WordDiff.tokens(text);
        int keep = CONTEXT_WORDS * 2; // a word and the space after it
        if (tokens.size() <= keep * 2 + 1) return text;
        String head = afterChange ? String.join("", tokens.subList(0, keep)).stripTrailing() + " …" : "…";
        String tail = beforeChange ? " " + String.join("", tokens.subList(tokens.size() - keep, tokens.size())).stripLeading() : "";
        return head + tail;
    }

    static Function<String, String> linksFrom(String page) {
        return path -> Urls.relative(page, path);
    }
}
