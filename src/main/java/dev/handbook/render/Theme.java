package dev.handbook.render;

import dev.handbook.yaml.StrictYaml;
import dev.handbook.yaml.YamlException;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The layers a handbook's look comes from, first match wins: the handbook's own {@code templates/},
 * {@code assets/} and {@code i18n/} folders, then a theme folder named in {@code handbook.yml},
 * then the built-in default theme. Each layer may override single files of the ones below.
 */
public final class Theme {
    private final List<Path> layers;

    private Theme(List<Path> layers) {
        this.layers = List.copyOf(layers);
    }

    /** @param handbookDir the content folder; @param themeDir a theme on disk, or null */
    public static Theme of(Path handbookDir, Path themeDir) {
        List<Path> layers = new ArrayList<>();
        layers.add(handbookDir);
        if (themeDir != null) layers.add(themeDir);
        layers.add(BuiltinTheme.root());
        return new Theme(layers);
    }

    /**
     * Opens the built-in theme now, for a caller that has a thread to spare at start-up; a build would
     * open it later on its own main thread.
     */
    public static void openBuiltin() {
        BuiltinTheme.root();
    }

    /** The folders whose changes affect the look, for the preview's watcher. */
    public List<Path> folders() {
        return layers;
    }

    /**
     * Every folder whose files can change what the site looks like (templates, interface strings, theme
     * assets, fonts, and a theme's {@code theme.yml}), top layer first, for the build cache's key; the handbook's own {@code assets/} is
     * content. The built-in theme is left out: it ships inside the tool, whose key covers every file of it
     * (hashing its 3 MB of fonts again cost a tenth of a one-page rebuild).
     */
    public List<Path> lookFolders() {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < layers.size() - 1; i++) {
            for (String name : i == 0 ? List.of("templates", "i18n") : List.of("templates", "i18n", "assets", "fonts", "icons")) {
                folders.add(layers.get(i).resolve(name));
            }
            // the classes a theme allows change what pages render (see classes())
            if (i > 0) folders.add(layers.get(i).resolve("theme.yml"));
        }
        return folders;
    }

    Loader<?> templateLoader() {
        List<Loader<?>> loaders = new ArrayList<>();
        for (Path layer : layers.subList(0, layers.size() - 1)) {
            Path dir = layer.resolve("templates");
            if (Files.isDirectory(dir)) {
                FileLoader loader = new FileLoader(dir.toAbsolutePath().toString());
                loader.setSuffix(".peb");
                loaders.add(loader);
            }
        }
        ClasspathLoader builtin = new ClasspathLoader(Theme.class.getClassLoader());
        builtin.setPrefix(BuiltinTheme.RESOURCE + "/templates");
        builtin.setSuffix(".peb");
        loaders.add(builtin);
        DelegatingLoader loader = new DelegatingLoader(loaders);
        loader.setSuffix(".peb");
        return loader;
    }

    /**
     * The theme's asset files by their path under {@code assets/}, the topmost layer winning. The
     * handbook's own {@code assets/} is content (pages link to it) and is copied with the content.
     */
    Map<String, Path> assets() {
        return files("assets", 1);
    }

    /** The font files for the PDF, by name, the topmost layer winning. */
    public Map<String, Path> fonts() {
        return files("fonts", 0);
    }

    private Map<String, Path> files(String folder, int topLayer) {
        Map<String, Path> files = new TreeMap<>();
        for (int i = layers.size() - 1; i >= topLayer; i--) {
            Path dir = layers.get(i).resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /**
     * The SVG of an icon of entry types: the handbook's own {@code assets/icons/NAME.svg}, else the
     * theme's {@code icons/NAME.svg}, topmost layer first.
     */
    java.util.Optional<Path> icon(String name) {
        Path own = layers.get(0).resolve("assets/icons/" + name + ".svg");
        if (Files.isRegularFile(own)) return java.util.Optional.of(own);
        for (Path layer : layers.subList(1, layers.size())) {
            Path icon = layer.resolve("icons/" + name + ".svg");
            if (Files.isRegularFile(icon)) return java.util.Optional.of(icon);
        }
        return java.util.Optional.empty();
    }

    /** The interface strings in a language, each layer overriding single strings of the ones below. */
    public Translations translations(String language) {
        return Translations.load(translationFiles(language));
    }

    /**
     * The classes an attribute list in a page may give an element ({@code {.lead}}): those the theme's
     * {@code theme.yml} lists under {@code classes}, of every theme layer (a theme on disk adds to the
     * built-in one). The handbook's own folder is no theme and declares none.
     */
    public Set<String> classes() {
        Set<String> classes = new TreeSet<>();
        for (Path layer : layers.subList(1, layers.size())) {
            Path file = layer.resolve("theme.yml");
            if (!Files.isRegularFile(file)) continue;
            try {
                if (new StrictYaml().parse(Files.readString(file)) instanceof YamlMap map
                        && map.get("classes").orElse(null) instanceof YamlList list) {
                    for (YamlNode item : list.items()) {
                        if (item instanceof YamlScalar s && s.value() != null) classes.add(s.text());
                    }
                }
            } catch (IOException | YamlException e) {
                // a theme.yml that cannot be read allows no classes; the theme's author sees them dropped
            }
        }
        return classes;
    }

    private List<Path> translationFiles(String language) {
        List<Path> files = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Path file = layers.get(i).resolve("i18n").resolve(language + ".yml");
            if (Files.isRegularFile(file)) files.add(file);
        }
        return files;
    }
}
