package dev.handbook.cli;

import dev.handbook.Handbooks;
import dev.handbook.check.Messages;
import dev.handbook.check.Severity;
import dev.handbook.release.Releaser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "release", mixinStandardHelpOptions = true,
        description = {
            "Makes an immutable edition of the handbook in <releases>/<VERSION>/ from the",
            "published pages only (no drafts, no pages in review; warnings count as errors):",
            "the website with print.html and a changes page, handbook-VERSION.pdf,",
            "handbook-VERSION.zip (website and PDF, to open offline), content.json and",
            "manifest.json (every file with its SHA-256, every page and entry with a digest",
            "of its text). An existing release is never overwritten. The same sources and",
            "VERSION give the same bytes; dates come from SOURCE_DATE_EPOCH when set, else",
            "from 'date' in handbook.yml, else today. Every page and entry of the previous",
            "release must keep its address, or be named under 'aliases' on its successor.",
        },
        footer = {"", "Exit codes: 0 released, 1 problems (nothing written), 2 wrong use."})
final class ReleaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "VERSION", descriptionKey = "param.release-version",
            description = "The edition's version, e.g. 2025.1: letters, digits, '.', '-' and '_'.")
    String version;

    @Option(names = {"-s", "--source"}, defaultValue = "content", paramLabel = "DIR",
            description = "Content folder with handbook.yml (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = {"-r", "--releases"}, defaultValue = "releases", paramLabel = "DIR",
            description = "Folder that holds every release, one folder per version (default: ${DEFAULT-VALUE}).")
    Path releases;

    @Option(names = "--verbose", description = "Show below each problem what the tool itself saw, such as the YAML parser's own words (in English).")
    boolean verbose;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the edition (default: the handbook's title).")
    String title;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (SourceOption.missing(source, err)) return 2;
        Messages messages = new Messages(Handbooks.language(source));
        if (!Releaser.validVersion(version)) {
            err.println(messages.severity(Severity.ERROR) + ": " + messages.text("release.version-invalid", version)
                    + "\n    " + messages.text("hint") + ": " + messages.text("release.version-invalid.hint"));
            return 2;
        }
        err.println(messages.text("cli.release-start", version));
        err.flush();
        Releaser.Request request = new Releaser.Request(source, releases, version, title, System.getenv("SOURCE_DATE_EPOCH"),
                LocalDate.now(ZoneOffset.UTC), VersionProvider.toolVersion());
        Releaser.Result result = Releaser.release(request, (key, args) -> {
            err.println(messages.text(key, args));
            err.flush();
        });
        Reporter.problems(result.outcome(), err, verbose);
        if (!result.outcome().written()) {
            err.println(messages.text("cli.not-released", version, Reporter.errors(result.outcome())));
            return 1;
        }
        spec.commandLine().getOut().println(messages.text("cli.released", version, result.outcome().pages(), result.folder()));
        return 0;
    }
}
