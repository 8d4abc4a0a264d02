package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.CacheKey;
import dev.handbook.cache.PageKeys;
import dev.handbook.cache.ResultKind;
import dev.handbook.model.Page;
import dev.handbook.output.OutputFile;
import dev.handbook.render.RenderCache;
import dev.handbook.render.StructuralFiles;
import java.util.function.Supplier;

/**
 * The renderer's results in a build cache, each under its page's key for its kind: the key covers the
 * page's text and the structure of the whole handbook, so what is found is what a fresh render makes.
 * The files made from the structure alone are kept under the structure key: by the preview in its
 * memory ({@code structure}), by a build in the build cache, file by file, with their list.
 */
public final class CachedRenders implements RenderCache {
    private final BuildCache cache;
    private final PageKeys keys;
    private final StructureCache structure;

    public CachedRenders(BuildCache cache, PageKeys keys, StructureCache structure) {
        this.cache = cache;
        this.keys = keys;
        this.structure = structure;
    }

    @Override
    public byte[] find(Part part, Page page) {
        return cache.get(keys.of(kind(part), page));
    }

    @Override
    public void keep(Part part, Page page, byte[] result) {
        cache.put(keys.of(kind(part), page), result);
    }

    @Override
    public StructuralFiles structural(Supplier<StructuralFiles> make) {
        // the preview holds them as they are; storing them again in its cache would keep them twice
        if (structure.keeps()) return structure.get(keys.structure(), make);
        CacheKey listKey = keys.structural(null);
        byte[] list = cache.get(listKey);
        StructuralFiles found = list == null ? null : StructuralFiles.of(list, path -> cache.get(keys.structural(path)));
        if (found != null) return found;
        StructuralFiles made = make.get();
        for (OutputFile.Generated file : made.all()) cache.put(keys.structural(file.path()), file.bytes());
        cache.put(listKey, made.paths());
        return made;
    }

    private static ResultKind kind(Part part) {
        return switch (part) {
            case PAGE -> ResultKind.PAGE;
            case PRINT -> ResultKind.PRINT;
            case SEARCH -> ResultKind.SEARCH;
        };
    }
}
