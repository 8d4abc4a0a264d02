package dev.handbook.serve;

import dev.handbook.model.Page;
import dev.handbook.output.OutputFile;
import dev.handbook.output.Publisher;
import dev.handbook.pipeline.PreviewSite;
import dev.handbook.render.LazySite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The site of the preview, published as {@code build} publishes it: each file made when asked for
 * ({@link LazySite}), then passed through the same steps on the way out ({@link Publisher}), so that it
 * holds the very files {@code build} writes. A copied file (an image, a theme asset, a release's file) is let in
 * only when its real path, after symbolic links, lies inside one of the handbook's own folders, before
 * any step reads it, so that a link in the content folder to a file elsewhere is not served.
 */
final class SiteFiles {
    private final LazySite site;
    private final Publisher publisher;
    private final List<Path> roots;
    private volatile Map<String, OutputFile> rest;

    /** @param roots the folders copied files may come from: the content folder and the theme's layers */
    SiteFiles(PreviewSite preview, List<Path> roots) {
        this.site = preview.files();
        this.publisher = preview.publisher();
        List<Path> all = new ArrayList<>(roots);
        all.addAll(preview.folders());
        this.roots = all.stream().map(SiteFiles::real).toList();
    }

    /** The content pages of this site. */
    List<Page> pages() {
        return site.pages();
    }

    /** The source of the content page at {@code path}, or null. */
    String sourceOf(String path) {
        return site.sourceOf(path);
    }

    boolean has(String path) {
        return site.pagePaths().contains(path) || rest().containsKey(path);
    }

    /** Makes every file not made yet, so that a later request finds it ready. */
    void makeAll(BooleanSupplier stillWanted) {
        rest();
        for (String path : site.pagePaths()) {
            if (!stillWanted.getAsBoolean()) return;
            site.file(path);
        }
    }

    /** The bytes of the file at {@code path}; null when there is none, or none that may be served. */
    byte[] read(String path) {
        try {
            OutputFile file = site.pagePaths().contains(path) ? published(site.file(path)) : rest().get(path);
            return file == null ? null : admitted(file) == null ? null : file.read();
        } catch (IOException e) {
            return null; // deleted since the build: the rebuild that follows drops it
        }
    }

    /** Every file besides the content pages, published, by path; made once, on the first call. */
    private Map<String, OutputFile> rest() {
        Map<String, OutputFile> files = rest;
        if (files != null) return files;
        synchronized (this) {
            if (rest == null) {
                try {
                    Map<String, OutputFile> byPath = new HashMap<>();
                    for (OutputFile file : site.rest().values()) {
                        OutputFile out = publishedOrNull(file);
                        if (out != null) byPath.put(out.path(), out);
                    }
                    for (OutputFile file : publisher.added(site.frame())) byPath.put(file.path(), file);
                    rest = byPath;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return rest;
        }
    }

    /** {@code file} through the way out, or null when it may not be served. */
    private OutputFile published(OutputFile file) throws IOException {
        OutputFile admitted = admitted(file);
        return admitted == null ? null : publisher.apply(admitted);
    }

    /** As {@link #published}, and null when the file cannot be read: a file deleted since the build is no reason to serve no other. */
    private OutputFile publishedOrNull(OutputFile file) {
        try {
            return published(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code file}, or null when it is copied from outside the handbook's folders or is no regular file. */
    private OutputFile admitted(OutputFile file) throws IOException {
        if (!(file instanceof OutputFile.Copied copied)) return file;
        Path source = copied.source();
        if (source.getFileSystem() != FileSystems.getDefault()) return file; // the built-in theme inside the jar: no links there
        Path real = source.toRealPath();
        return roots.stream().anyMatch(real::startsWith) && Files.isRegularFile(real) ? file : null;
    }

    private static Path real(Path folder) {
        if (folder.getFileSystem() != FileSystems.getDefault()) return folder;
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
