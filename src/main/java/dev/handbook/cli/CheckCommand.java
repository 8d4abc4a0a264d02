package dev.handbook.cli;

import dev.handbook.Handbooks;
import dev.handbook.check.Messages;
import dev.handbook.check.ProblemReport;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Finds every problem in the handbook in one run and writes nothing.",
            "Each problem has file, line and column, a stable code, a message and a hint, in the",
            "handbook's language. Exit 0 when clean, 1 on errors (or warnings with --strict).",
        })
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    SourceOption source;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, the default) or json (for CI and editors' tools).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (SourceOption.missing(source.source, spec.commandLine().getErr())) return 2;
        Options options = source.options();
        Outcome outcome = Handbooks.check(source.source, options);
        Messages messages = new Messages(outcome.language());
        if (format == Format.json) {
            out.print(new ProblemReport(messages).json(outcome.problems()));
        } else {
            out.print(new ProblemReport(messages, source.verbose).text(outcome.problems()));
            out.println(outcome.problems().isEmpty()
                    ? messages.text("cli.check-ok", outcome.pages())
                    : messages.text("cli.check-summary", Reporter.errors(outcome), Reporter.warnings(outcome)));
        }
        out.flush();
        return outcome.failed(options) ? 1 : 0;
    }
}
