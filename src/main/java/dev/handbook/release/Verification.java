package dev.handbook.release;

import java.util.List;

/**
 * How a release compares with its manifest.
 *
 * @param altered files whose bytes differ from the manifest's digest
 * @param missing files the manifest lists that are not there
 * @param extra files that are there and the manifest does not list
 */
public record Verification(String version, List<String> altered, List<String> missing, List<String> extra) {
    public Verification {
        altered = List.copyOf(altered);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    public boolean intact() {
        return altered.isEmpty() && missing.isEmpty() && extra.isEmpty();
    }
}
