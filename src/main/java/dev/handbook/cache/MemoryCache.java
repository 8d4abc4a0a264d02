package dev.handbook.cache;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Results held in memory, optionally in front of another cache (a disk cache) under the same keys: a
 * process that builds again and again (the preview server) keeps them warm between builds.
 * {@link #finish()} keeps only what the last build used, so memory stays about one build's worth.
 */
public final class MemoryCache implements BuildCache {
    private final Map<CacheKey, byte[]> results = new ConcurrentHashMap<>();
    private final Set<CacheKey> used = ConcurrentHashMap.newKeySet();
    private final BuildCache below;
    private final StatsCounter counter = new StatsCounter();

    public MemoryCache() {
        this(NONE);
    }

    public MemoryCache(BuildCache below) {
        this.below = below;
    }

    @Override
    public byte[] get(CacheKey key) {
        used.add(key);
        byte[] found = results.get(key);
        if (found == null && below != NONE) {
            found = below.get(key);
            if (found != null) results.put(key, found);
        }
        return counter.count(found);
    }

    @Override
    public void put(CacheKey key, byte[] value) {
        used.add(key);
        results.put(key, value);
        below.put(key, value);
    }

    @Override
    public void finish() {
        results.keySet().retainAll(used);
        used.clear();
        below.finish();
    }

    @Override
    public void keep() {
        below.keep();
    }

    @Override
    public CacheStats stats() {
        return counter.stats();
    }
}
