package dev.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The default theme packed into the jar (or on the class path during development), as a folder. */
final class BuiltinTheme {
    static final String RESOURCE = "themes/default";

    /** Opened once per process: opening the jar as a file system reads its directory of 8,800 entries (30 ms). */
    private static Path root;

    private BuiltinTheme() {}

    static synchronized Path root() {
        if (root == null) root = open();
        return root;
    }

    private static Path open() {
        URL url = BuiltinTheme.class.getClassLoader().getResource(RESOURCE + "/templates/base.peb");
        if (url == null) throw new IllegalStateException("the built-in theme is missing from the class path");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/" + RESOURCE);
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
