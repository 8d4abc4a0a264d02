package dev.handbook.cache;

/** The name of one cached result: the SHA-256 of everything that result was made from, in hex. */
public record CacheKey(String hex) {
    public CacheKey {
        if (!hex.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256 in hex: " + hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
