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

    /**
     * What went wrong in a few words, without the names of Java's classes (the log has them): the
     * sentence is for an editor, who can do nothing with "NullPointerException".
     */
    static String summary(Throwable e) {
        String kind = e.getClass().getSimpleName().replaceAll("(Exception|Error)$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        String message = e.getMessage() == null ? "" : e.getMessage()
                .replaceAll("\\b(?:[a-z]\\w*\\.)*\\w*(?:Exception|Error)\\b:?\\s*", "").strip();
        return message.isEmpty() ? kind : kind + " (" + message + ")";
    }

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
        err.println("handbook: " + new Messages(language).text("cli.crash", summary(e), where));
        err.flush();
        return EXIT_CODE;
    }
}
