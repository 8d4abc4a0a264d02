package dev.handbook.output;

import java.io.IOException;

/** Takes the files of a site as they are made, from any thread, so that a build need not hold them all. */
@FunctionalInterface
public interface OutputSink {
    void add(OutputFile file) throws IOException;
}
