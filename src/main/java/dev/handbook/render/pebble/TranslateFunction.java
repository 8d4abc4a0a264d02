package dev.handbook.render.pebble;

import dev.handbook.render.Translations;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code t('nav.next')} or {@code t('page.updated', date)}: an interface string in the handbook's language. */
public final class TranslateFunction implements Function {
    private final Translations translations;
    private final Locale locale;

    public TranslateFunction(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("key", "arg");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        String text = translations.get(String.valueOf(args.get("key")));
        Object arg = args.get("arg");
        return arg == null ? text : new MessageFormat(text, locale).format(new Object[] {arg});
    }
}
