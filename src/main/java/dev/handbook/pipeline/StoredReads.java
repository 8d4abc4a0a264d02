package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.CacheKey;
import dev.handbook.cache.Hasher;
import dev.handbook.cache.ResultKind;
import dev.handbook.config.HandbookConfig;
import dev.handbook.content.ReadStore;

/**
 * The build cache as the store of each file's front matter as read: keyed by the file's path, name and
 * bytes, and by what reading depends on besides, the code and the configuration (handbook.yml as written
 * and as understood), so that a changed field or type reads every page again.
 */
final class StoredReads implements ReadStore {
    private final BuildCache cache;
    private final CacheKey reader;

    StoredReads(BuildCache cache, CacheKey tool, byte[] configFile, HandbookConfig config) {
        this.cache = cache;
        this.reader = Hasher.of("reader").add(tool).add(configFile).add(config.toString()).key();
    }

    @Override
    public byte[] find(String path, String file, byte[] bytes) {
        return cache.get(key(path, file, bytes));
    }

    @Override
    public void keep(String path, String file, byte[] bytes, byte[] read) {
        cache.put(key(path, file, bytes), read);
    }

    private CacheKey key(String path, String file, byte[] bytes) {
        return Hasher.of(ResultKind.READ.label()).add(reader).add(path).add(file).add(bytes).key();
    }
}
