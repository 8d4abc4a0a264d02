package dev.handbook.cli;

import dev.handbook.Handbooks;
import dev.handbook.check.Language;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of {@code --help}: the handbook's when the command runs inside one (the folder
 * {@code --source} names, else {@code content}, else the working folder, holds a {@code handbook.yml}),
 * else the system's, when it is Dutch or English. The sentences are picocli resource bundles,
 * {@code dev/handbook/cli/help_*.properties}.
 */
final class HelpLanguage {
    static final String BUNDLE = "dev.handbook.cli.help";

    private HelpLanguage() {}

    /** Whether a run with {@code args} prints help, and so needs the sentences at all. */
    static boolean wanted(String[] args) {
        if (args.length == 0) return true;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) return true;
        }
        return false;
    }

    static ResourceBundle bundle(String[] args, Locale system) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(of(args, system)),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String of(String[] args, Locale system) {
        for (Path folder : candidates(args)) {
            if (Files.isRegularFile(folder.resolve("handbook.yml"))) return Handbooks.language(folder);
        }
        String language = system.getLanguage();
        return Language.SUPPORTED.contains(language) ? language : "en";
    }

    private static List<Path> candidates(String[] args) {
        try {
            for (int i = 0; i < args.length; i++) {
                if ((args[i].equals("--source") || args[i].equals("-s")) && i + 1 < args.length) return List.of(Path.of(args[i + 1]));
                if (args[i].startsWith("--source=")) return List.of(Path.of(args[i].substring("--source=".length())));
            }
            return List.of(Path.of("content"), Path.of("."));
        } catch (InvalidPathException e) {
            return List.of();
        }
    }
}
