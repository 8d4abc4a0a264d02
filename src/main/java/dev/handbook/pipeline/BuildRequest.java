package dev.handbook.pipeline;

import java.nio.file.Path;
import java.util.Set;

/**
 * What to take through the pipeline.
 *
 * @param source the content folder, with handbook.yml
 * @param excluded folders inside {@code source} that are not content (an output folder, the releases)
 */
public record BuildRequest(Path source, Options options, Set<Path> excluded) {
    public BuildRequest {
        excluded = Set.copyOf(excluded);
    }

    public BuildRequest(Path source, Options options) {
        this(source, options, Set.of());
    }
}
