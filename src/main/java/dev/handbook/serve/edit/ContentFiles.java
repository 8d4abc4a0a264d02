package dev.handbook.serve.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files the editor may read and write: only Markdown pages and images, only inside the content
 * folder's real path, and never through a symbolic link, wherever it leads. A path comes from the
 * browser as the page's path in the content folder ("01-x/02-y.md"); every name in it must be plain
 * (no "..", no hidden names, no backslashes or colons), and the folder it lands in is taken by its
 * real path, so that neither a spelling nor a link can lead outside.
 */
final class ContentFiles {
    static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
    private static final int MAX_PATH = 1024;

    private final Path root;

    /** @param source the content folder */
    ContentFiles(Path source) throws IOException {
        this.root = source.toRealPath();
    }

    Path root() {
        return root;
    }

    /** A Markdown page that exists, as a real path inside the content folder. */
    Path page(String path) throws Refusal {
        Path file = resolve(path);
        if (!extension(file).equals("md")) throw Refusal.forbidden("edit.not-markdown", path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) throw new Refusal(404, "edit.no-page", path);
        return file;
    }

    /** The page's path in the content folder, with forward slashes. */
    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private Path resolve(String path) throws Refusal {
        if (path == null || path.isEmpty() || path.length() > MAX_PATH) throw Refusal.bad("edit.no-path");
        String[] names = path.split("/", -1);
        for (String name : names) {
            if (!isPlainName(name)) throw Refusal.forbidden("edit.outside", path);
        }
        Path folder = root;
        for (int i = 0; i < names.length - 1; i++) {
            folder = folder.resolve(names[i]);
            // a link, even to a folder inside, is refused: what it leads to may change between check and write
            if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw Refusal.forbidden("edit.outside", path);
            }
        }
        try {
            Path real = folder.toRealPath();
            if (!real.startsWith(root)) throw Refusal.forbidden("edit.outside", path);
            Path file = real.resolve(names[names.length - 1]);
            if (Files.isSymbolicLink(file)) throw Refusal.forbidden("edit.outside", path);
            return file;
        } catch (IOException e) {
            throw Refusal.forbidden("edit.outside", path);
        }
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.length() > 255) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' || c == ':' || c < 0x20 || c == 0x7f) return false;
        }
        return true;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
