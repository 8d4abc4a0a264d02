package dev.handbook.render.print;

import dev.handbook.render.view.PrintView;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where a template renders straight into a file: text is encoded to UTF-8 as it comes, and a page's
 * print part ({@link PrintView.Html}) goes out as the UTF-8 bytes it is kept in, never turned into a
 * String. Pebble gives a printed value to a {@link SpecializedWriter} as it is, which lets the bytes
 * through; through a filter (such as {@code raw}) the part arrives as text, which is slower but the same.
 */
public final class Utf8TemplateWriter extends Writer implements SpecializedWriter {
    private final OutputStream out;
    private final Writer text;

    public Utf8TemplateWriter(OutputStream out) {
        this.out = out;
        this.text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void write(Object value) {
        try {
            if (value instanceof PrintView.Html html) {
                text.flush(); // the text before it goes out first
                html.writeTo(out);
            } else {
                SpecializedWriter.super.write(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // what Pebble's own adapter for a StringWriter writes for each kind of value
    @Override
    public void writeSpecialized(int i) {
        writeSpecialized(String.valueOf(i));
    }

    @Override
    public void writeSpecialized(long l) {
        writeSpecialized(String.valueOf(l));
    }

    @Override
    public void writeSpecialized(double d) {
        writeSpecialized(String.valueOf(d));
    }

    @Override
    public void writeSpecialized(float f) {
        writeSpecialized(String.valueOf(f));
    }

    @Override
    public void writeSpecialized(short s) {
        writeSpecialized(String.valueOf(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        writeSpecialized(String.valueOf(b));
    }

    @Override
    public void writeSpecialized(char c) {
        writeSpecialized(String.valueOf(c));
    }

    @Override
    public void writeSpecialized(String s) {
        try {
            text.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(char[] chars, int from, int length) throws IOException {
        text.write(chars, from, length);
    }

    @Override
    public void write(String s, int from, int length) throws IOException {
        text.write(s, from, length);
    }

    @Override
    public void write(int c) throws IOException {
        text.write(c);
    }

    @Override
    public void flush() throws IOException {
        text.flush();
    }

    /** Flushes, and leaves the stream open: it belongs to the caller. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
