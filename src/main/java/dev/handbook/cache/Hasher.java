package dev.handbook.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;

/**
 * Builds a {@link CacheKey} from the parts of an input. Every part goes in with its length in front, so
 * that ("ab", "c") and ("a", "bc") never give the same key. Small parts are gathered in a buffer and
 * digested together: a key of a thousand short parts (the structure key) spent more on the digest's
 * per-call overhead than on hashing.
 */
public final class Hasher {
    private static final int BUFFER = 8192;

    private final MessageDigest digest;
    private byte[] buffer = new byte[256];
    private int length;

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
        room(9);
        for (int i = 0; i < 8; i++) buffer[length++] = (byte) (n >>> (8 * i));
        if (bytes.length > BUFFER) {
            flush();
            digest.update(bytes);
        } else {
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }
        return this;
    }

    /** A string, or a marker for null that no string gives. */
    public Hasher add(String text) {
        room(1);
        if (text == null) {
            buffer[length++] = (byte) 0xff;
            return add(new byte[0]);
        }
        buffer[length++] = 0;
        return addAscii(text) ? this : add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a short ASCII string as its UTF-8 bytes without making them first; false for any other. */
    private boolean addAscii(String text) {
        int n = text.length();
        if (n > 1024) return false;
        room(8 + n);
        int at = length + 8;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return false;
            buffer[at + i] = (byte) c;
        }
        for (int i = 0; i < 8; i++) buffer[length++] = (byte) ((long) n >>> (8 * i));
        length += n;
        return true;
    }

    /** The strings in their order, with their count in front. */
    public Hasher add(Collection<String> texts) {
        add(texts.size());
        for (String text : texts) add(text);
        return this;
    }

    /** The entries in their order, with their count in front. */
    public Hasher add(Map<String, ? extends Collection<String>> map) {
        add(map.size());
        for (Map.Entry<String, ? extends Collection<String>> e : map.entrySet()) add(e.getKey()).add(e.getValue());
        return this;
    }

    public Hasher add(CacheKey key) {
        return add(key.hex());
    }

    public Hasher add(long number) {
        return add(Long.toString(number));
    }

    public CacheKey key() {
        flush();
        return new CacheKey(HexFormat.of().formatHex(digest.digest()));
    }

    /** Makes room for {@code n} more bytes, digesting what the buffer holds once it is full. */
    private void room(int n) {
        if (length + n <= buffer.length) return;
        if (length + n > BUFFER) flush();
        if (n > buffer.length - length) buffer = Arrays.copyOf(buffer, Math.min(BUFFER, Math.max(buffer.length * 2, length + n)));
    }

    private void flush() {
        digest.update(buffer, 0, length);
        length = 0;
    }
}
