package dev.handbook.cli;

import dev.handbook.check.Language;
import dev.handbook.check.Messages;
import dev.handbook.check.Severity;
import dev.handbook.pipeline.Options;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options that every command reading a handbook shares. */
final class SourceOption {
    @Option(names = {"-s", "--source"}, defaultValue = "content", paramLabel = "DIR",
            description = "Content folder with handbook.yml (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--drafts", description = "Include pages with 'status: draft'.")
    boolean drafts;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--verbose", description = "Show below each problem what the tool itself saw, such as the YAML parser's own words (in English).")
    boolean verbose;

    Options options() {
        return new Options(drafts, strict, false);
    }

    /**
     * Whether {@code source} is not a folder, which every command says alike, on {@code err}, before
     * anything else: in the default language, as the handbook's own language cannot be read from a folder that is not there.
     */
    static boolean missing(Path source, PrintWriter err) {
        if (Files.isDirectory(source)) return false;
        Messages messages = new Messages(Language.DEFAULT);
        err.println(source + ": " + messages.severity(Severity.ERROR) + ": " + messages.text("source.missing")
                + "\n    " + messages.text("hint") + ": " + messages.text("source.missing.hint"));
        return true;
    }
}
