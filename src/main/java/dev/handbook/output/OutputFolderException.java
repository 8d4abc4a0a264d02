package dev.handbook.output;

/** The output folder cannot be used; {@code code} names the message in the bundles. */
public class OutputFolderException extends Exception {
    private final String code;
    private final String folder;

    public OutputFolderException(String code, String folder) {
        super(code + ": " + folder);
        this.code = code;
        this.folder = folder;
    }

    public String code() {
        return code;
    }

    public String folder() {
        return folder;
    }
}
