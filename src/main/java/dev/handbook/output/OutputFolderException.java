package dev.handbook.output;

import java.io.IOException;
import java.util.List;

/**
 * The output folder cannot be used or written; {@code code} names the message in the bundles, {@code args}
 * fill it in. An {@link IOException}, so that it comes out of every write the way the failure did, and the
 * caller turns it into a problem with the folder and a hint rather than a crash.
 */
public class OutputFolderException extends IOException {
    private final String code;
    private final String folder;
    private final List<String> args;

    public OutputFolderException(String code, String folder, Object... args) {
        super(code + ": " + folder);
        this.code = code;
        this.folder = folder;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public String folder() {
        return folder;
    }

    /** What fills in the message: the folder first, then what the code names. */
    public List<String> args() {
        return args;
    }
}
