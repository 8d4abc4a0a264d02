package dev.handbook.cache;

import java.util.HexFormat;

/** The name of one cached result: a 128-bit hash of everything that result was made from ({@link Hasher}), in hex. */
public record CacheKey(String hex) {
    /** The length of a key in bytes. */
    static final int BYTES = 16;

    public CacheKey {
        if (hex.length() != 2 * BYTES || !lowerHex(hex)) {
            throw new IllegalArgumentException("not a 128-bit key in hex: " + hex);
        }
    }

    static CacheKey of(long high, long low) {
        return new CacheKey(HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low));
    }

    private static boolean lowerHex(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return hex;
    }
}
