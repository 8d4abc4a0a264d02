package dev.handbook.content;

import dev.handbook.config.HandbookConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages read by earlier loads in this process (the preview's), by file: a file whose bytes, name and
 * configuration are unchanged is not decoded nor its front matter parsed again. Checking front matter
 * was most of what a save cost the preview besides the saved page itself.
 */
public final class PageReads {
    /** Keeps nothing: every load reads every file. */
    public static final PageReads NONE = new PageReads(false);

    private record Known(byte[] bytes, String file, PageRead read) {}

    private final boolean keeps;
    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    private volatile HandbookConfig config;

    private PageReads(boolean keeps) {
        this.keeps = keeps;
    }

    public static PageReads kept() {
        return new PageReads(true);
    }

    /** Forgets everything when {@code current} differs from the configuration the pages were read with. */
    void use(HandbookConfig current) {
        if (!keeps || current.equals(config)) return;
        known.clear();
        config = current;
    }

    PageRead find(Path path, byte[] bytes, String file) {
        if (!keeps) return null;
        Known k = known.get(path);
        return k != null && k.file().equals(file) && Arrays.equals(k.bytes(), bytes) ? k.read() : null;
    }

    void keep(Path path, byte[] bytes, String file, PageRead read) {
        if (keeps) known.put(path, new Known(bytes, file, read));
    }
}
