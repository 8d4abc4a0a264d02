package dev.handbook.content;

/**
 * Where a load keeps what it made of each file's front matter (its {@link PageMeta} and problems, as
 * bytes) for the next run: the build cache, which the pipeline hands down, since this layer knows no
 * cache. A store names a result by the file and all its bytes, and by the code and the configuration
 * that read it, which the store's maker puts into every key.
 */
public interface ReadStore {
    /** What was kept for the file {@code file} at {@code path} with these {@code bytes}, or null. */
    byte[] find(String path, String file, byte[] bytes);

    void keep(String path, String file, byte[] bytes, byte[] read);
}
