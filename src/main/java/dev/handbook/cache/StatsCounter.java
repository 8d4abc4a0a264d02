package dev.handbook.cache;

import java.util.concurrent.atomic.AtomicLong;

/** Counts hits and misses from many threads. */
final class StatsCounter {
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    byte[] count(byte[] found) {
        (found == null ? misses : hits).incrementAndGet();
        return found;
    }

    void miss() {
        misses.incrementAndGet();
    }

    CacheStats stats() {
        return new CacheStats(hits.get(), misses.get());
    }
}
