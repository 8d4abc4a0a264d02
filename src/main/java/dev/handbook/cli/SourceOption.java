package dev.handbook.cli;

import dev.handbook.Options;
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

    Options options() {
        return new Options(drafts, strict, false);
    }
}
