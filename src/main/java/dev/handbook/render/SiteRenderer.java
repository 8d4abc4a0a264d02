package dev.handbook.render;

import dev.handbook.config.HandbookConfig;
import dev.handbook.markdown.HeadingRef;
import dev.handbook.markdown.RenderedPage;
import dev.handbook.markdown.Urls;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.output.OutputFile;
import dev.handbook.render.pebble.HandbookExtension;
import dev.handbook.render.view.PageView;
import dev.handbook.render.view.SiteView;
import dev.handbook.render.view.TocItem;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the website: one HTML file per page through the theme's templates, plus shared files. */
public final class SiteRenderer {
    private final Handbook handbook;
    private final Theme theme;
    private final Locale locale;
    private final PebbleEngine engine;
    private final Navigation navigation;
    private final SiteView site;

    public SiteRenderer(Handbook handbook, Theme theme) {
        this.handbook = handbook;
        this.theme = theme;
        HandbookConfig config = handbook.config();
        this.locale = Locale.forLanguageTag(config.language());
        Translations translations = Translations.load(theme.translations(config.language()));
        this.engine = new PebbleEngine.Builder()
                .loader(theme.templateLoader())
                .autoEscaping(true)
                .defaultLocale(locale)
                .extension(new HandbookExtension(translations, locale))
                .build();
        this.navigation = new Navigation(handbook);
        this.site = new SiteView(config.title(), config.subtitle(), config.edition(), config.publisher(),
                format(config.date()), config.language());
    }

    /** All files of the site, in a fixed order. {@code bodies} holds every page in reading order. */
    public List<OutputFile> render(List<RenderedPage> bodies) {
        List<OutputFile> files = new ArrayList<>(bodies.parallelStream().map(this::page).toList());
        files.add(new OutputFile.Generated("toc.js", TocScript.of(handbook).getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, java.nio.file.Path> asset : theme.assets().entrySet()) {
            files.add(new OutputFile.Copied("assets/" + asset.getKey(), asset.getValue()));
        }
        for (Asset asset : handbook.assets()) files.add(new OutputFile.Copied(asset.outputPath(), asset.file()));
        return files;
    }

    private OutputFile page(RenderedPage body) {
        Page page = body.page();
        boolean home = page == handbook.home();
        PageView view = new PageView(site, Urls.root(page.outputPath()), page.outputPath(), page.title(),
                page.summary(), page.number(), format(page.updated()), home, body.html(),
                navigation.sidebar(page), navigation.breadcrumbs(page), toc(body.headings()),
                navigation.previous(page), navigation.next(page), navigation.children(page));
        String html = evaluate(home ? "home" : "page", Map.of("page", view));
        return new OutputFile.Generated(page.outputPath(), html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<TocItem> toc(List<HeadingRef> headings) {
        return headings.stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> new TocItem(h.level(), h.id(), h.text()))
                .toList();
    }

    private String evaluate(String template, Map<String, Object> context) {
        PebbleTemplate compiled = engine.getTemplate(template);
        StringWriter out = new StringWriter();
        try {
            compiled.evaluate(out, context, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String format(LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }
}
