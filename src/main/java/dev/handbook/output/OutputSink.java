package dev.handbook.output;

import java.io.IOException;
import java.util.List;

/** Takes the files of a site as they are made, from any thread, so that a build need not hold them all. */
@FunctionalInterface
public interface OutputSink {
    void add(OutputFile file) throws IOException;

    /**
     * Takes {@code files}, in their order unless this sink does not need it: a sink that writes into
     * a folder may write them on all cores (thousands of small redirect pages, where each write waits
     * for the file system).
     */
    default void addAll(List<? extends OutputFile> files) throws IOException {
        for (OutputFile file : files) add(file);
    }
}
