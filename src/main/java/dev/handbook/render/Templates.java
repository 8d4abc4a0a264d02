package dev.handbook.render;

import dev.handbook.model.SitePaths;
import dev.handbook.output.OutputFile;
import dev.handbook.render.pebble.HandbookExtension;
import dev.handbook.render.pebble.HtmlEscaping;
import dev.handbook.render.print.Utf8TemplateWriter;
import dev.handbook.render.view.PageView;
import dev.handbook.render.view.PrintView;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The theme's templates, set up once per build, and the files they make of views. Safe to use from several threads. */
final class Templates {
    private final PebbleEngine engine;
    private final Locale locale;

    Templates(Theme theme, Translations ui, Locale locale) {
        this.locale = locale;
        this.engine = new PebbleEngine.Builder()
                .loader(theme.templateLoader())
                .autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaping())
                .defaultLocale(locale)
                .extension(new HandbookExtension(ui, locale))
                .build();
    }

    /** The file at {@code path} that {@code template} makes of {@code view}. */
    OutputFile.Generated html(String path, String template, PageView view) {
        return new OutputFile.Generated(path, text(template, view).getBytes(StandardCharsets.UTF_8));
    }

    /** What {@code template} makes of {@code view}, which it reads as {@code page}. */
    String text(String template, Object view) {
        PebbleTemplate compiled = engine.getTemplate(template);
        StringWriter out = new StringWriter();
        try {
            compiled.evaluate(out, Map.of("page", view), locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The print page, also the input of the PDF: rendered straight into its file as the sink writes it,
     * with each page's part copied in as the bytes it is kept in.
     */
    OutputFile print(PrintView view) {
        PebbleTemplate compiled = engine.getTemplate("print");
        return new OutputFile.Streamed(SitePaths.PRINT, out -> {
            Utf8TemplateWriter writer = new Utf8TemplateWriter(out);
            try {
                compiled.evaluate(writer, Map.of("page", view), locale);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        });
    }
}
