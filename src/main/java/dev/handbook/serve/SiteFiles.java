package dev.handbook.serve;

import dev.handbook.output.OutputFile;
import dev.handbook.render.LazySite;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The site of the preview, made when asked for ({@link LazySite}): the files {@code build} would
 * write, by their path in the site. Copied files (images, theme assets) are read from where they are
 * when asked for, and only when their real path, after symbolic links, lies inside one of the
 * handbook's own folders, so that a link in the content folder to a file elsewhere is not served.
 */
final class SiteFiles {
    private final LazySite site;
    private final List<Path> roots;

    /** @param roots the folders copied files may come from: the content folder and the theme's layers */
    SiteFiles(LazySite site, List<Path> roots) {
        this.site = site;
        this.roots = roots.stream().map(SiteFiles::real).toList();
    }

    boolean has(String path) {
        return site.pagePaths().contains(path) || site.rest().containsKey(path);
    }

    /** Makes every file not made yet, so that a later request finds it ready. */
    void makeAll(java.util.function.BooleanSupplier stillWanted) {
        site.rest();
        for (String path : site.pagePaths()) {
            if (!stillWanted.getAsBoolean()) return;
            site.file(path);
        }
    }

    /** The bytes of the file at {@code path}; null when there is none, or none that may be served. */
    byte[] read(String path) {
        OutputFile file = site.file(path);
        if (file instanceof OutputFile.Generated generated) return generated.bytes();
        if (!(file instanceof OutputFile.Copied copied)) return null;
        try {
            Path source = copied.source();
            if (source.getFileSystem() == FileSystems.getDefault()) {
                Path real = source.toRealPath();
                if (roots.stream().noneMatch(real::startsWith) || !Files.isRegularFile(real)) return null;
                return Files.readAllBytes(real);
            }
            // the built-in theme inside the jar: no links there
            return Files.readAllBytes(source);
        } catch (IOException e) {
            return null; // deleted since the build: the rebuild that follows drops it
        }
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
