package dev.handbook.output;

import java.nio.file.Path;

/** A file of the site: made by the generator, or copied as it is. Paths are relative to the site root. */
public sealed interface OutputFile {
    String path();

    record Generated(String path, byte[] bytes) implements OutputFile {}

    record Copied(String path, Path source) implements OutputFile {}
}
