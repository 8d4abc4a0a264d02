package dev.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The default theme packed into the jar (or on the class path during development), as a folder. */
final class BuiltinTheme {
    static final String RESOURCE = "themes/default";

    private BuiltinTheme() {}

    /**
     * The theme's folder. Inside the jar it is a zip file system, which the JDK keeps open for the
     * process once opened (opening reads the jar's directory of 8,800 entries: 30 ms), so later calls
     * find it there.
     */
    static Path root() {
        URL url = BuiltinTheme.class.getClassLoader().getResource(RESOURCE + "/templates/base.peb");
        if (url == null) throw new IllegalStateException("the built-in theme is missing from the class path");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return zip(uri).getPath("/" + RESOURCE);
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized FileSystem zip(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException opened) {
                return FileSystems.getFileSystem(uri);
            }
        }
    }
}
