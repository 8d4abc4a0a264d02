package dev.handbook.importer;

import dev.handbook.content.FrontMatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Markdown page of the old site as read: its path in the docs folder, its front matter as plain
 * values and its body.
 *
 * @param path the path in the docs folder ("a/b.md", "a/c.mdx")
 * @param frontMatter the keys of its front matter in their order (empty when it has none or it cannot be read)
 * @param bodyLine the line of the file the body starts at
 * @param frontMatterProblem why the front matter could not be read, or null
 */
record SourcePage(String path, Map<String, Object> frontMatter, String body, int bodyLine, String frontMatterProblem) {

    static SourcePage read(String path, String text) {
        String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normal = normal.replace("\r\n", "\n").replace('\r', '\n');
        FrontMatter split = FrontMatter.split(normal);
        Map<String, Object> keys = new LinkedHashMap<>();
        String problem = null;
        if (split.yaml() != null) {
            try {
                Object yaml = LooseYaml.load(split.yaml());
                if (yaml instanceof Map<?, ?> map) map.forEach((k, v) -> keys.put(String.valueOf(k), v));
                else if (yaml != null) problem = "front matter is not a map of keys";
            } catch (LooseYaml.Failure e) {
                problem = e.getMessage() + (e.line > 0 ? " (line " + (e.line + 1) + ")" : "");
            }
        }
        return new SourcePage(path, keys, split.body(), split.bodyLine(), problem);
    }

    /** The page's folder in the docs folder, "" at its root. */
    String folder() {
        return Paths.parent(path);
    }

    /** The file name without folder. */
    String name() {
        return Paths.name(path);
    }

    String text(String key) {
        Object value = frontMatter.get(key);
        return value instanceof String || value instanceof Number ? String.valueOf(value) : null;
    }

    /** The first level-one heading anywhere outside code, or null. */
    String firstH1() {
        boolean fenced = false;
        for (String line : body.split("\n", -1)) {
            String strip = line.stripLeading();
            if (strip.startsWith("```") || strip.startsWith("~~~")) fenced = !fenced;
            else if (!fenced && line.startsWith("# ")) return Headings.clean(line.substring(2));
        }
        return null;
    }
}
