package dev.handbook.serve.edit;

import java.util.List;

/**
 * A request the editor refuses, before it changes anything: the status to answer and the message
 * (a key of the editor's bundle, with its arguments) to show in the handbook's language.
 */
final class Refusal extends Exception {
    private final int status;
    private final String key;
    private final List<Object> args;

    Refusal(int status, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = List.of(args);
    }

    static Refusal forbidden(String key, Object... args) {
        return new Refusal(403, key, args);
    }

    static Refusal bad(String key, Object... args) {
        return new Refusal(400, key, args);
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.toArray();
    }
}
