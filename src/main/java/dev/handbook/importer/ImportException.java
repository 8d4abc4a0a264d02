package dev.handbook.importer;

/**
 * Why an import cannot start: a code of the editor bundle ("import.out-not-empty") with its arguments,
 * and whether it is a wrong use of the command (exit 2) rather than a project that cannot be read (exit 1).
 */
public final class ImportException extends Exception {
    private final String code;
    private final transient Object[] args;
    private final boolean usage;

    public ImportException(String code, boolean usage, Object... args) {
        super(code);
        this.code = code;
        this.args = args.clone();
        this.usage = usage;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public boolean usage() {
        return usage;
    }
}
