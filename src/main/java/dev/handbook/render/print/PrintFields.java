package dev.handbook.render.print;

import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import dev.handbook.entry.Entries;
import dev.handbook.model.Entry;
import dev.handbook.model.Page;
import dev.handbook.render.view.PrintView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A standalone entry's fields for paper: the labels its web page shows, without the links to value
 * pages, which the print page does not have. An inline entry's fields are in its page's body already.
 */
final class PrintFields {
    private final HandbookConfig config;
    private final Entries entries;

    PrintFields(HandbookConfig config, Entries entries) {
        this.config = config;
        this.entries = entries;
    }

    List<PrintView.Field> of(Page page) {
        if (page.type() == null) return List.of();
        Entry entry = entries.standaloneAt(page.outputPath()).orElse(null);
        if (entry == null) return List.of();
        List<PrintView.Field> fields = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : entry.fields().entrySet()) {
            FieldSpec spec = config.fields().get(field.getKey());
            if (spec == null) continue;
            fields.add(new PrintView.Field(spec.label(),
                    String.join(", ", field.getValue().stream().map(spec::labelOf).toList())));
        }
        return fields;
    }
}
