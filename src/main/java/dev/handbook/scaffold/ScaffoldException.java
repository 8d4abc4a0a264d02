package dev.handbook.scaffold;

import java.util.List;

/**
 * Why a page could not be started. {@code code} names a sentence in the editors' message bundle
 * ({@code code + ".hint"} says how to go on); {@code usage} tells wrong use of the command (exit 2)
 * apart from a refusal to overwrite what is there (exit 1).
 */
public final class ScaffoldException extends Exception {
    private final String code;
    private final boolean usage;
    private final List<String> args;

    ScaffoldException(String code, boolean usage, Object... args) {
        super(code);
        this.code = code;
        this.usage = usage;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    static ScaffoldException usage(String code, Object... args) {
        return new ScaffoldException(code, true, args);
    }

    static ScaffoldException refused(String code, Object... args) {
        return new ScaffoldException(code, false, args);
    }

    public String code() {
        return code;
    }

    public boolean usage() {
        return usage;
    }

    /** The arguments of the sentence and of its hint, as text. */
    public Object[] args() {
        return args.toArray();
    }
}
