package dev.handbook.cli;

import dev.handbook.Handbooks;
import dev.handbook.SiteRequest;
import dev.handbook.cache.CacheKey;
import dev.handbook.cache.DiskCache;
import dev.handbook.cache.FolderDigest;
import dev.handbook.check.Language;
import dev.handbook.check.Messages;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.pipeline.Reuse;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {
            "Checks the handbook and, when it has no errors, writes the website into the output folder.",
            "The new site replaces the old one only when it is complete: a failed build leaves the last",
            "good site as it was. Open <out>/index.html in a browser; no server is needed.",
        },
        footer = {"", "Exit codes: 0 built, 1 problems in the content or an output folder that cannot be written",
            "(nothing written), 2 wrong use."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Option(names = {"-o", "--out"}, defaultValue = "site", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}). Replaced whole; only a folder that handbook made, or an empty one; never a symbolic link. One build at a time.")
    Path out;

    @Option(names = "--pdf", description = "Also make handbook.pdf from the print page (tagged PDF/UA, with contents, page numbers and bookmarks).")
    boolean pdf;

    @Option(names = "--releases", paramLabel = "DIR",
            description = "Releases to offer on a versions page and in an edition switcher (default: 'releases' beside the content folder).")
    Path releases;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The key of the running tool, for the build cache: made at start-up on another thread when it can be. */
    private final Supplier<CacheKey> toolKey;

    BuildCommand() {
        this(FolderDigest::tool);
    }

    BuildCommand(Supplier<CacheKey> toolKey) {
        this.toolKey = toolKey;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (SourceOption.missing(source.source, err)) return 2;
        long start = System.nanoTime();
        Options options = pdf ? source.options().withPdf() : source.options();
        SiteRequest request = SiteRequest.of(source.source, out, options)
                .withReuse(Reuse.cache(DiskCache.forHandbook(source.source, System.getenv("HANDBOOK_CACHE")), toolKey.get()))
                .withProgress((key, args) -> {
                    err.println(new Messages(Handbooks.language(source.source)).text(key, args));
                    err.flush();
                });
        Outcome outcome = Handbooks.build(releases != null ? request.withReleases(releases) : request);
        Messages messages = new Messages(outcome.language());
        Reporter.problems(outcome, err, source.verbose);
        if (!outcome.written()) {
            long errors = Reporter.errors(outcome);
            err.println(errors == 0 && options.strict()
                    ? messages.text("cli.strict-not-built", Reporter.warnings(outcome))
                    : messages.text("cli.not-built", errors, Reporter.warnings(outcome)));
            return 1;
        }
        String seconds = String.format(Language.locale(outcome.language()), "%.1f", (System.nanoTime() - start) / 1e9);
        outWriter.println(messages.text("cli.built", outcome.pages(), seconds, out.resolve("index.html")));
        return 0;
    }
}
