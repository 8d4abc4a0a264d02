package dev.handbook.config;

import java.util.List;

/** A kind of entry declared in {@code handbook.yml}, such as a tip or a case. */
public record EntryType(String key, String label, String plural, List<String> required) {
    public EntryType {
        required = List.copyOf(required);
    }
}
