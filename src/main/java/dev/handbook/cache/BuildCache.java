package dev.handbook.cache;

/**
 * Results of earlier builds, by the key of everything they were made from (see {@link Hasher}): a
 * result is found only when every input is the same, so a stale result cannot be found. Safe to use
 * from several threads. {@link DiskCache} keeps results between runs; {@link MemoryCache} within one
 * process (a preview server), and may sit in front of a disk cache.
 */
public interface BuildCache {
    /** The result stored under {@code key}, or null. */
    byte[] get(CacheKey key);

    void put(CacheKey key, byte[] value);

    /** The build that used this cache is done: a cache may now drop what that build did not use. */
    default void finish() {}

    /** The build that used this cache stopped before its site was made (it had errors): keep what it stored. */
    default void keep() {}

    /** How many look-ups found a result and how many did not, since this cache was made. */
    CacheStats stats();

    /** A cache that keeps nothing: every build is a cold build. */
    BuildCache NONE = new BuildCache() {
        private final StatsCounter counter = new StatsCounter();

        @Override
        public byte[] get(CacheKey key) {
            counter.miss();
            return null;
        }

        @Override
        public void put(CacheKey key, byte[] value) {}

        @Override
        public CacheStats stats() {
            return counter.stats();
        }
    };
}
