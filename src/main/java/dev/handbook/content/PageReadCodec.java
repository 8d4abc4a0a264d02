package dev.handbook.content;

import dev.handbook.check.Problem;
import dev.handbook.check.Severity;
import dev.handbook.model.Status;
import dev.handbook.model.ValueOf;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's front matter as read and checked ({@link PageMeta} and its problems) as bytes, the form a
 * {@link ReadStore} keeps: reading every page's YAML again was the largest part of loading a handbook
 * whose pages had not changed. A part of another layout, or one cut short, reads as nothing.
 */
final class PageReadCodec {
    /** First in every part: a part of another layout is read again instead of misread. */
    private static final int LAYOUT = 0x50520001;
    private static final int NULL = -1;

    private PageReadCodec() {}

    static byte[] encode(PageMeta meta, List<Problem> problems) {
        Writer out = new Writer();
        out.integer(LAYOUT);
        out.string(meta.title()).string(meta.summary()).string(meta.type()).string(meta.id());
        out.integer(meta.order() == null ? NULL : 0);
        if (meta.order() != null) out.integer(meta.order());
        out.string(meta.updated() == null ? null : meta.updated().toString());
        out.integer(meta.status() == null ? NULL : meta.status().ordinal());
        out.strings(meta.related()).strings(meta.aliases());
        out.integer(meta.fields().size());
        meta.fields().forEach((field, values) -> out.string(field).strings(values));
        out.string(meta.valueOf() == null ? null : meta.valueOf().field());
        out.string(meta.valueOf() == null ? null : meta.valueOf().value());
        out.integer(problems.size());
        for (Problem p : problems) {
            out.string(p.file()).integer(p.line()).integer(p.column()).integer(p.severity().ordinal()).string(p.code()).strings(p.args());
        }
        return out.bytes();
    }

    /** The read kept in {@code bytes} for a file split into {@code fm}; null when they hold no read of this layout. */
    static PageRead decode(byte[] bytes, FrontMatter fm) {
        Reader in = new Reader(bytes);
        try {
            if (in.integer() != LAYOUT) return null;
            String title = in.string();
            String summary = in.string();
            String type = in.string();
            String id = in.string();
            Integer order = in.integer() == NULL ? null : in.integer();
            String updated = in.string();
            int status = in.integer();
            List<String> related = in.strings();
            List<String> aliases = in.strings();
            int fieldCount = in.integer();
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (int i = 0; i < fieldCount; i++) fields.put(in.string(), in.strings());
            String valueField = in.string();
            String value = in.string();
            PageMeta meta = new PageMeta(title, summary, type, id, order, updated == null ? null : LocalDate.parse(updated),
                    status == NULL ? null : Status.values()[status], related, aliases, fields,
                    valueField == null && value == null ? null : new ValueOf(valueField, value));
            int problemCount = in.integer();
            List<Problem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                problems.add(new Problem(in.string(), in.integer(), in.integer(), Severity.values()[in.integer()], in.string(), in.strings()));
            }
            return in.atEnd() ? new PageRead(fm, meta, List.copyOf(problems)) : null;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static final class Writer {
        private ByteBuffer buffer = ByteBuffer.allocate(256);

        Writer integer(int value) {
            room(Integer.BYTES);
            buffer.putInt(value);
            return this;
        }

        Writer string(String value) {
            if (value == null) return integer(NULL);
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            room(utf8.length);
            buffer.put(utf8);
            return this;
        }

        Writer strings(List<String> values) {
            if (values == null) return integer(NULL);
            integer(values.size());
            for (String value : values) string(value);
            return this;
        }

        private void room(int n) {
            if (buffer.remaining() >= n) return;
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + n));
            buffer.flip();
            buffer = larger.put(buffer);
        }

        byte[] bytes() {
            byte[] out = new byte[buffer.position()];
            buffer.flip().get(out);
            return out;
        }
    }

    private static final class Reader {
        private final ByteBuffer buffer;

        Reader(byte[] bytes) {
            this.buffer = ByteBuffer.wrap(bytes);
        }

        int integer() {
            return buffer.getInt();
        }

        String string() {
            int length = integer();
            if (length == NULL) return null;
            if (length < 0 || length > buffer.remaining()) throw new BufferUnderflowException();
            String value = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + length);
            return value;
        }

        List<String> strings() {
            int count = integer();
            if (count == NULL) return null;
            if (count < 0 || count > buffer.remaining()) throw new BufferUnderflowException();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) values.add(string());
            return values;
        }

        boolean atEnd() {
            return !buffer.hasRemaining();
        }
    }
}
