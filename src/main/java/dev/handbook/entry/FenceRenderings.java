package dev.handbook.entry;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import dev.handbook.markdown.fence.Admonitions;
import dev.handbook.markdown.fence.FenceRendering;
import dev.handbook.markdown.fence.FencedBlock;
import dev.handbook.model.Entry;
import dev.handbook.model.Page;
import dev.handbook.text.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides how each colon fence of a page renders: entries get their number, permalink, field links
 * and related entries, all as URLs relative to the page; callouts get their label.
 */
public final class FenceRenderings {
    private final HandbookConfig config;
    private final Entries entries;
    private final ValuePages valuePages;
    private final Function<String, String> ui;

    /**
     * @param valuePages where each field value's page is
     * @param ui interface strings by key ("callout.note", "entry.related") in the handbook's language
     */
    public FenceRenderings(HandbookConfig config, Entries entries, ValuePages valuePages, Function<String, String> ui) {
        this.config = config;
        this.entries = entries;
        this.valuePages = valuePages;
        this.ui = ui;
    }

    /** Sets the rendering of every colon fence in {@code document}, the body of {@code page}. */
    public void apply(Page page, Document document) {
        for (Node node : document.getDescendants()) {
            if (!(node instanceof FencedBlock block)) continue;
            EntryType type = block.isAlert() ? null : config.typeOfBlock(block.name());
            if (type != null && !block.title().isEmpty()) {
                entries.inlineAt(page.outputPath(), page.bodyLine() + block.lineIndex())
                        .ifPresent(e -> block.setRendering(entry(page, e, type, block.title())));
            } else if (type == null && (Admonitions.isKind(block.name()) || block.form().isAdmonition())) {
                // an admonition of a kind no one knows was reported, and is a note, as MkDocs shows it
                String kind = Admonitions.isKind(block.name()) ? Admonitions.kindOf(block.name()) : "note";
                block.setRendering(new FenceRendering("callout", Admonitions.callout(kind), null, ui.apply("callout." + kind),
                        null, block.title().isEmpty() ? null : block.title(), List.of(), null, List.of(), kind,
                        block.form() == FencedBlock.Form.COLLAPSIBLE ? FenceRendering.Disclosure.CLOSED
                                : block.form() == FencedBlock.Form.COLLAPSIBLE_OPEN ? FenceRendering.Disclosure.OPEN
                                : FenceRendering.Disclosure.NONE));
            }
        }
    }

    private FenceRendering entry(Page page, Entry entry, EntryType type, String title) {
        return new FenceRendering("entry", type.key(), entry.anchor(), type.label() + " " + entry.number(),
                Urls.relative(page.outputPath(), entry.permalink()), title, fieldLinks(page.outputPath(), entry),
                ui.apply("entry.related"), relatedLinks(page.outputPath(), entry), type.key(), FenceRendering.Disclosure.NONE);
    }

    /** The entry's field values, each linked to its value page when the field has those. */
    public List<FenceRendering.FieldLink> fieldLinks(String from, Entry entry) {
        List<FenceRendering.FieldLink> links = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : entry.fields().entrySet()) {
            FieldSpec spec = config.fields().get(field.getKey());
            if (spec == null) continue;
            List<FenceRendering.ValueLink> values = field.getValue().stream()
                    .map(v -> {
                        String page = valuePages.path(spec.key(), v);
                        return new FenceRendering.ValueLink(spec.labelOf(v), page == null ? null : Urls.relative(from, page));
                    })
                    .toList();
            links.add(new FenceRendering.FieldLink(spec.label(), values));
        }
        return links;
    }

    public List<FenceRendering.ValueLink> relatedLinks(String from, Entry entry) {
        return entries.relatedTo(entry.id()).stream()
                .map(other -> new FenceRendering.ValueLink(label(other) + ": " + other.title(),
                        Urls.relative(from, other.target())))
                .toList();
    }

    private String label(Entry entry) {
        EntryType type = config.types().get(entry.type());
        return type.label() + " " + entry.number();
    }
}
