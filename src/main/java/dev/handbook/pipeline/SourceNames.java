package dev.handbook.pipeline;

import java.nio.file.Path;

/** How problems name a file of the handbook: by its path with the content folder, as the editor typed it. */
record SourceNames(Path source) {
    /** @param sourcePath the file's path in the content folder ("01-x/02-y.md") */
    String of(String sourcePath) {
        return source.resolve(sourcePath).toString().replace('\\', '/');
    }
}
