package dev.handbook.release;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} and {@code content.json} to bytes and back. Written by hand, field by field, so
 * that the order of the fields and the line ends never depend on a library's defaults or the platform.
 */
public final class ManifestJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ManifestJson() {}

    public static byte[] write(Manifest m) {
        return json(g -> {
            g.writeStartObject();
            g.writeNumberField("format", m.format());
            g.writeStringField("version", m.version());
            g.writeStringField("title", m.title());
            g.writeStringField("date", m.date());
            g.writeStringField("tool", m.tool());
            g.writeStringField("previous", m.previous());
            g.writeStringField("sources", m.sources());
            g.writeArrayFieldStart("files");
            for (Manifest.FileDigest f : m.files()) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeNumberField("size", f.size());
                g.writeStringField("sha256", f.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            items(g, "pages", m.pages());
            items(g, "entries", m.entries());
            g.writeEndObject();
        });
    }

    private static void items(JsonGenerator g, String name, List<Manifest.ItemDigest> items) throws IOException {
        g.writeArrayFieldStart(name);
        for (Manifest.ItemDigest i : items) {
            g.writeStartObject();
            g.writeStringField("id", i.id());
            g.writeStringField("path", i.path());
            if (!i.type().isEmpty()) g.writeStringField("type", i.type());
            g.writeStringField("title", i.title());
            g.writeStringField("sha256", i.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** @throws IOException when the text is no manifest; its message says what is wrong */
    public static Manifest read(byte[] bytes) throws IOException {
        Map<String, Object> root = JSON.std.mapFrom(bytes);
        if (root == null) throw new IOException("empty");
        List<Manifest.FileDigest> files = new ArrayList<>();
        for (Map<String, Object> f : objects(root, "files")) {
            files.add(new Manifest.FileDigest(text(f, "path"), ((Number) f.getOrDefault("size", -1)).longValue(), text(f, "sha256")));
        }
        return new Manifest(((Number) root.getOrDefault("format", 0)).intValue(), text(root, "version"),
                text(root, "title"), text(root, "date"), text(root, "tool"), (String) root.get("previous"),
                text(root, "sources"), files, items(root, "pages"), items(root, "entries"));
    }

    private static List<Manifest.ItemDigest> items(Map<String, Object> root, String name) throws IOException {
        List<Manifest.ItemDigest> items = new ArrayList<>();
        for (Map<String, Object> i : objects(root, name)) {
            items.add(new Manifest.ItemDigest(text(i, "id"), text(i, "path"), (String) i.getOrDefault("type", ""),
                    text(i, "title"), text(i, "sha256")));
        }
        return items;
    }

    public static byte[] writeContent(List<ContentItem> items) {
        return json(g -> {
            g.writeStartArray();
            for (ContentItem i : items) {
                g.writeStartObject();
                g.writeStringField("kind", i.kind());
                g.writeStringField("id", i.id());
                g.writeStringField("path", i.path());
                g.writeStringField("type", i.type());
                g.writeStringField("title", i.title());
                g.writeStringField("text", i.text());
                // what each line is, as one word a line: compact beside the text, and absent from older editions
                if (!i.blocks().isEmpty()) {
                    g.writeStringField("blocks", String.join(" ", i.blocks().stream().map(ContentItem.Block::written).toList()));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    public static List<ContentItem> readContent(byte[] bytes) throws IOException {
        List<ContentItem> items = new ArrayList<>();
        for (Object o : JSON.std.listFrom(bytes)) {
            if (!(o instanceof Map<?, ?> raw)) throw new IOException("not a list of objects");
            @SuppressWarnings("unchecked")
            Map<String, Object> i = (Map<String, Object>) raw;
            items.add(new ContentItem(text(i, "kind"), text(i, "id"), text(i, "path"), text(i, "type"),
                    text(i, "title"), text(i, "text"), blocks(i.get("blocks"))));
        }
        return items;
    }

    /** The blocks of an item's lines; none when an older edition did not keep them, or kept something else. */
    private static List<ContentItem.Block> blocks(Object value) {
        if (!(value instanceof String s) || s.isBlank()) return List.of();
        return java.util.Arrays.stream(s.split(" ")).map(ContentItem.Block::read).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> root, String name) throws IOException {
        Object value = root.get(name);
        if (!(value instanceof List<?> list)) throw new IOException("‘" + name + "’ is missing");
        for (Object o : list) if (!(o instanceof Map)) throw new IOException("‘" + name + "’ holds a non-object");
        return (List<Map<String, Object>>) value;
    }

    private static String text(Map<String, Object> map, String key) throws IOException {
        if (!(map.get(key) instanceof String s)) throw new IOException("‘" + key + "’ is missing");
        return s;
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        out.write('\n');
        return out.toByteArray();
    }
}
