package dev.handbook.serve;

import dev.handbook.check.Problems;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.render.Theme;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Watches the content folder (with handbook.yml and the handbook's own templates, assets and i18n)
 * and the theme's folders, through directory-watcher: the JDK's watcher elsewhere, FSEvents on macOS
 * where the JDK's polls every few seconds. New folders are watched as they appear and deleted ones
 * dropped. Files that editors and tools write beside the real ones (swap files, backups, .git) are
 * ignored.
 */
final class SourceWatcher implements Closeable {
    /** Hears of changes. */
    interface Changes {
        /** {@code path} was created, changed or deleted. */
        void changed(Path path);

        /** Changes may have gone unheard: the system's queue overflowed, or the folders watched changed. */
        void lost();
    }

    private final Changes onChange;
    private final Consumer<Exception> onFailure;
    private final ExecutorService loops = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "handbook-watch");
        t.setDaemon(true);
        return t;
    });
    private DirectoryWatcher watcher;
    private List<Path> roots = List.of();
    private boolean closed;

    SourceWatcher(Changes onChange, Consumer<Exception> onFailure) {
        this.onChange = onChange;
        this.onFailure = onFailure;
    }

    /** The folders whose files make the site: the content folder and the theme's layers on disk. */
    static List<Path> roots(Path source) {
        List<Path> dirs = layers(source).stream()
                .filter(p -> p.getFileSystem() == FileSystems.getDefault()) // the built-in theme inside the jar never changes
                .map(p -> p.toAbsolutePath().normalize())
                .filter(Files::isDirectory)
                .distinct()
                .toList();
        // a layer inside another one is watched through it
        return dirs.stream()
                .filter(d -> dirs.stream().noneMatch(o -> !o.equals(d) && d.startsWith(o)))
                .sorted()
                .toList();
    }

    /** The content folder, then the theme's layers, the built-in one last (which may be inside the jar). */
    static List<Path> layers(Path source) {
        HandbookConfig config = new ConfigLoader(new Problems()).load(source);
        return Theme.of(source, config.theme()).folders();
    }

    /** Watches {@code wanted} from now on; does nothing when that is what it watches already. */
    synchronized void watch(List<Path> wanted) throws IOException {
        if (closed || wanted.equals(roots)) return;
        boolean replacing = watcher != null;
        stopWatcher();
        roots = List.copyOf(wanted);
        if (wanted.isEmpty()) return;
        DirectoryWatcher next = DirectoryWatcher.builder()
                .paths(wanted)
                .fileTreeVisitor(SourceWatcher::visitSkippingHidden)
                .listener(new Listener())
                .build();
        watcher = next;
        // watchAsync registers every folder before it returns, so no change after this call is missed
        next.watchAsync(loops).whenComplete((ignored, failure) -> {
            if (failure != null && !next.isClosed()) onFailure.accept(new IOException(failure));
        });
        if (replacing) onChange.lost(); // between the old watcher and this one
    }

    /** Whether a change can matter to the site. */
    static boolean relevant(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) return true;
        Path root = event.rootPath();
        Path relative = root != null && event.path().startsWith(root) ? root.relativize(event.path()) : event.path().getFileName();
        for (Path part : relative) {
            if (isScratch(part.toString())) return false;
        }
        return true;
    }

    /** Hidden files and folders (.git, .DS_Store, vim's .x.swp), backups (x~) and emacs's #x#, vim's 4913. */
    private static boolean isScratch(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.equals("4913");
    }

    /** Walks a folder for the watcher without descending into hidden folders (.git can hold thousands). */
    private static void visitSkippingHidden(Path start, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile)
            throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(start) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                onDirectory.call(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // deleted while we walked: its delete event follows
            }
        });
    }

    private final class Listener implements DirectoryChangeListener {
        @Override
        public void onEvent(DirectoryChangeEvent event) {
            if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
                onChange.lost();
            } else if (relevant(event)) {
                onChange.changed(event.path());
            }
        }

        @Override
        public void onException(Exception e) {
            // one event could not be read (a file deleted while hashed); rebuild everything to be sure
            onChange.lost();
        }
    }

    private void stopWatcher() {
        if (watcher == null) return;
        try {
            watcher.close();
        } catch (IOException e) {
            // it is being replaced or the preview stops
        }
        watcher = null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        stopWatcher();
        loops.shutdownNow();
    }
}
