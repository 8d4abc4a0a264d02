package dev.handbook.cache;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.Collection;
import java.util.Map;

/**
 * Builds a {@link CacheKey} from the parts of an input. Every part goes in with its length in front, so
 * that ("ab", "c") and ("a", "bc") never give the same key.
 *
 * <p>The key is XXH3-128, not a cryptographic digest: builds run on C1 alone (cli.Launcher), where
 * SHA-256 has no intrinsic and took most of what a one-page rebuild spent on keys. A key names a result
 * in the cache of one handbook on one computer, made from that handbook's own files; a collision by
 * chance is out of reach at 128 bits, and whoever could craft one writes the handbook's text already.
 */
public final class Hasher {
    private static final byte NULL = (byte) 0xff;
    private static final byte TEXT = 0;

    private final HashStream128 stream = Hashing.xxh3_128().hashStream();

    private Hasher() {}

    /** A new key whose first part says what kind of result it names ("page", "body"). */
    public static Hasher of(String kind) {
        return new Hasher().add(kind);
    }

    public Hasher add(byte[] bytes) {
        stream.putLong(bytes.length).putBytes(bytes);
        return this;
    }

    /** A string, as its UTF-16 code units after their count, or a marker for null that no string gives. */
    public Hasher add(String text) {
        if (text == null) {
            stream.putByte(NULL);
        } else {
            stream.putByte(TEXT).putInt(text.length()).putChars(text);
        }
        return this;
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
        HashValue128 value = stream.get();
        return CacheKey.of(value.getMostSignificantBits(), value.getLeastSignificantBits());
    }
}
