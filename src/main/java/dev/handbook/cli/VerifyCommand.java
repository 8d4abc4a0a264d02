package dev.handbook.cli;

import dev.handbook.check.Language;
import dev.handbook.check.Messages;
import dev.handbook.check.Severity;
import dev.handbook.release.Verification;
import dev.handbook.release.Verifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {
            "Checks a release folder (releases/VERSION) or a release zip",
            "(handbook-VERSION.zip) against the manifest.json it carries: every file it",
            "lists must be there with the same SHA-256, and no other file may be there.",
            "Lists every altered, missing and extra file.",
        },
        footer = {"", "Exit codes: 0 intact, 1 altered, missing or extra files, 2 no release to check."})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", descriptionKey = "param.verify-path", description = "A release folder or a release zip.")
    Path path;

    @Option(names = "--language", defaultValue = Language.DEFAULT, paramLabel = "LANG",
            description = "Language of the report: nl or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Messages messages = new Messages(language);
        PrintWriter err = spec.commandLine().getErr();
        Verification result;
        try {
            result = Verifier.verify(path);
        } catch (Verifier.NotARelease e) {
            err.println(messages.severity(Severity.ERROR) + ": " + messages.text(e.code(), e.args().toArray()));
            return 2;
        }
        if (result.intact()) {
            spec.commandLine().getOut().println(messages.text("verify.intact", path, result.version()));
            return 0;
        }
        list(err, messages, "verify.altered", result.altered());
        list(err, messages, "verify.missing-file", result.missing());
        list(err, messages, "verify.extra", result.extra());
        err.println(messages.text("verify.failed", path, result.version(),
                result.altered().size() + result.missing().size() + result.extra().size()));
        return 1;
    }

    private static void list(PrintWriter err, Messages messages, String key, List<String> files) {
        for (String file : files) err.println(messages.text(key, file));
    }
}
