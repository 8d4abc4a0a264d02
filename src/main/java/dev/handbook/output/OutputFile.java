package dev.handbook.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of the site: made by the generator, or copied as it is. Paths are relative to the site root. */
public sealed interface OutputFile {
    String path();

    /** The file's bytes, read or made now. */
    default byte[] read() throws IOException {
        if (this instanceof Generated g) return g.bytes();
        if (this instanceof Streamed s) return s.inMemory().bytes();
        return Files.readAllBytes(((Copied) this).source());
    }

    record Generated(String path, byte[] bytes) implements OutputFile {}

    record Copied(String path, Path source) implements OutputFile {}

    /**
     * A file made as it is written, straight into its place, so that it is never held whole in memory
     * (the print page is 84 MB at 10,000 pages). A sink that keeps files in memory takes
     * {@link #inMemory()} instead.
     */
    record Streamed(String path, Content content) implements OutputFile {
        /** The same file, made into memory. */
        public Generated inMemory() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            content.writeTo(bytes);
            return new Generated(path, bytes.toByteArray());
        }
    }

    /** Writes a streamed file's bytes; may be called more than once and writes the same bytes each time. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
