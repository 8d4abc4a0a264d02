package dev.handbook.content;

/**
 * Where source files land in the site. Folders lose their ordering prefixes ("01-wat-is/" becomes
 * "wat-is/"), Markdown files become ".html" pages, other files keep their names. Links are rewritten
 * with the same mapping, so that it is the single source of truth for URLs.
 */
public final class OutputPaths {
    private OutputPaths() {}

    /** The output folder for a source folder ("" for the content root), without trailing slash. */
    public static String folder(String sourceDir) {
        if (sourceDir.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        for (String segment : sourceDir.split("/")) {
            if (out.length() > 0) out.append('/');
            out.append(Slugs.fromFileName(segment));
        }
        return out.toString();
    }

    /** The output path of any source file: a page for Markdown, the same name for other files. */
    public static String file(String sourcePath) {
        int slash = sourcePath.lastIndexOf('/');
        String dir = slash < 0 ? "" : sourcePath.substring(0, slash);
        String name = sourcePath.substring(slash + 1);
        String outDir = folder(dir);
        String prefix = outDir.isEmpty() ? "" : outDir + "/";
        if (!name.endsWith(".md")) return prefix + name;
        if (isIndex(name)) return prefix + "index.html";
        return prefix + Slugs.fromFileName(name) + ".html";
    }

    public static boolean isIndex(String fileName) {
        return fileName.equals("index.md") || fileName.equals("_index.md");
    }
}
