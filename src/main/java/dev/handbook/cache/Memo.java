package dev.handbook.cache;

import dev.handbook.model.Page;
import java.util.function.Function;

/**
 * One stage's results per page, looked up in and kept in a build cache under the page's key for that
 * stage. Stages that must also work without a cache get {@link #NONE}, which finds nothing and keeps nothing.
 */
public final class Memo {
    public static final Memo NONE = new Memo(BuildCache.NONE, null);

    private final BuildCache cache;
    private final PageKeys keys;

    public Memo(BuildCache cache, PageKeys keys) {
        this.cache = keys == null ? BuildCache.NONE : cache;
        this.keys = keys;
    }

    /**
     * The result of stage {@code kind} for {@code page} from the cache, decoded; null when it is not
     * there, when there is no cache, or when {@code decode} gives null (a result it cannot read). For
     * stages made together, which look up each result first and make only what is missing.
     */
    public <T> T find(String kind, Page page, Function<byte[], T> decode) {
        if (keys == null) return null;
        byte[] found = cache.get(keys.of(kind, page));
        return found == null ? null : decode.apply(found);
    }

    /** Keeps {@code value} as the result of stage {@code kind} for {@code page}, for {@link #find}. */
    public void store(String kind, Page page, byte[] value) {
        if (keys != null) cache.put(keys.of(kind, page), value);
    }
}
