package dev.handbook.cli;

import dev.handbook.check.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A bug inside the tool: the editor gets one sentence and the path of a log with the details, which
 * they can send to whoever maintains the tool, instead of a stack trace they cannot read.
 */
final class CrashReport {
    /** Exit code for an internal error (EX_SOFTWARE), apart from content problems (1) and wrong use (2). */
    static final int EXIT_CODE = 70;

    private CrashReport() {}

    static int write(Exception e, PrintWriter err) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String where;
        try {
            Path log = Files.createTempFile("handbook-crash-", ".log");
            Files.writeString(log, trace.toString());
            where = log.toString();
        } catch (IOException io) {
            where = "(" + io.getMessage() + ")";
        }
        // no handbook to ask: the computer's own language, if the tool speaks it
        String language = java.util.Locale.getDefault().getLanguage();
        err.println("handbook: " + new Messages(language).text("cli.crash", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), where));
        err.flush();
        return EXIT_CODE;
    }
}
