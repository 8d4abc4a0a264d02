package dev.handbook.importer;

import java.util.ArrayDeque;
import java.util.Deque;

/** Paths inside a site or docs folder, always with "/" and never leading out of it. */
final class Paths {
    private Paths() {}

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String join(String folder, String name) {
        return folder.isEmpty() ? name : name.isEmpty() ? folder : folder + "/" + name;
    }

    /** {@code relative} resolved against {@code folder} and made normal, or null when it leads out of the root. */
    static String resolve(String folder, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        String whole = relative.startsWith("/") ? relative : join(folder, relative);
        for (String part : whole.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** The relative path from a file in folder {@code fromFolder} to {@code to} (both from the root). */
    static String relative(String fromFolder, String to) {
        String[] from = fromFolder.isEmpty() ? new String[0] : fromFolder.split("/");
        String[] target = to.split("/");
        int common = 0;
        while (common < from.length && common < target.length - 1 && from[common].equals(target[common])) common++;
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length; i++) out.append("../");
        for (int i = common; i < target.length; i++) {
            out.append(target[i]);
            if (i < target.length - 1) out.append('/');
        }
        return out.toString();
    }

    /** The name without its extension ("b.md" gives "b"). */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    static boolean isMarkdown(String path) {
        return path.endsWith(".md") || path.endsWith(".mdx") || path.endsWith(".markdown");
    }
}
