package dev.handbook.cli;

import dev.handbook.check.Messages;
import dev.handbook.check.ProblemReport;
import dev.handbook.pipeline.Outcome;
import java.io.PrintWriter;

/** Tells the outcome of a command on the terminal, in the handbook's language. */
final class Reporter {
    private Reporter() {}

    static void problems(Outcome outcome, PrintWriter err, boolean verbose) {
        if (outcome.problems().isEmpty()) return;
        err.print(new ProblemReport(new Messages(outcome.language()), verbose).text(outcome.problems()));
        err.flush();
    }

    static long errors(Outcome outcome) {
        return outcome.problems().stream().filter(p -> p.isError()).count();
    }

    static long warnings(Outcome outcome) {
        return outcome.problems().stream().filter(p -> p.isWarning()).count();
    }
}
