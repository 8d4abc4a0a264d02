package dev.handbook.render.pebble;

import dev.handbook.render.Translations;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import java.util.Locale;
import java.util.Map;

/** The functions and filters that handbook templates have beyond Pebble's own. */
public final class HandbookExtension extends AbstractExtension {
    private final Map<String, Function> functions;

    public HandbookExtension(Translations translations, Locale locale) {
        this.functions = Map.of("t", new TranslateFunction(translations, locale));
    }

    @Override
    public Map<String, Function> getFunctions() {
        return functions;
    }
}
