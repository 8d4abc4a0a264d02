package dev.handbook.pipeline;

import dev.handbook.output.Publisher;
import dev.handbook.render.LazySite;
import java.nio.file.Path;
import java.util.List;

/**
 * A site for the preview: its files made when asked for, and the way out that {@code build} takes with
 * them, for the preview to publish each file through as it serves it.
 *
 * @param folders folders besides the handbook's own that published files are copied from (the releases)
 */
public record PreviewSite(LazySite files, Publisher publisher, List<Path> folders) {
    public PreviewSite {
        folders = List.copyOf(folders);
    }
}
