package dev.handbook.content;

import dev.handbook.text.Slugs;

/**
 * Where source files land in the site. Folders lose their ordering prefixes ("01-wat-is/" becomes
 * "wat-is/"), Markdown files become ".html" pages, other files keep their names. The content loader
 * applies these rules while it walks, so that it can keep a number where two names would clash;
 * links are then rewritten from the model, which makes the model the single source of truth for URLs.
 */
public final class OutputPaths {
    private OutputPaths() {}

    /** The output name of a source folder: its name without the ordering prefix. */
    public static String folderName(String name) {
        return Slugs.fromFileName(name);
    }

    /** The output path of a Markdown file in the output folder {@code outDir} ("" at the root). */
    public static String page(String outDir, String fileName) {
        String name = isIndex(fileName) ? "index.html" : Slugs.fromFileName(fileName) + ".html";
        return join(outDir, name);
    }

    /** The output path of any other file: the same name, in the output folder. */
    public static String asset(String outDir, String fileName) {
        return join(outDir, fileName);
    }

    public static String join(String outDir, String name) {
        return outDir.isEmpty() ? name : outDir + "/" + name;
    }

    public static boolean isIndex(String fileName) {
        return fileName.equals("index.md") || fileName.equals("_index.md");
    }
}
