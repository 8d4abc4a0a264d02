package dev.handbook.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds a {@link CacheKey} from the parts of an input. Every part goes in with its length in front, so
 * that ("ab", "c") and ("a", "bc") never give the same key.
 */
public final class Hasher {
    private final MessageDigest digest;

    private Hasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A new key whose first part says what kind of result it names ("page", "body"). */
    public static Hasher of(String kind) {
        return new Hasher().add(kind);
    }

    public Hasher add(byte[] bytes) {
        long n = bytes.length;
        for (int i = 0; i < 8; i++) digest.update((byte) (n >>> (8 * i)));
        digest.update(bytes);
        return this;
    }

    /** A string, or a marker for null that no string gives. */
    public Hasher add(String text) {
        if (text == null) {
            digest.update((byte) 0xff);
            return add(new byte[0]);
        }
        digest.update((byte) 0);
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public Hasher add(CacheKey key) {
        return add(key.hex());
    }

    public Hasher add(long number) {
        return add(Long.toString(number));
    }

    public CacheKey key() {
        return new CacheKey(HexFormat.of().formatHex(digest.digest()));
    }
}
