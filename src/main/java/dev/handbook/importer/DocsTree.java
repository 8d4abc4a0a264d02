package dev.handbook.importer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files of a docs folder by their path inside it ("a/b.md"), symbolic links followed as long as
 * their real target lies inside the repository; a link out of it, a broken one or one that leads
 * back into a folder being walked is left out and noted, so that nothing from outside the repository
 * reaches the handbook.
 */
final class DocsTree {
    private final Path realRoot;
    private final TreeMap<String, Path> files = new TreeMap<>();
    private final List<String> skipped = new ArrayList<>();

    private DocsTree(Path realRoot) {
        this.realRoot = realRoot;
    }

    /** Walks {@code docs}, which lies inside the repository {@code root}. */
    static DocsTree walk(Path root, Path docs) throws IOException {
        DocsTree tree = new DocsTree(root.toRealPath());
        tree.visit(docs.toRealPath(), "", new HashSet<>());
        return tree;
    }

    /** Every file, by its path in the docs folder, sorted; the value is its real path. */
    TreeMap<String, Path> files() {
        return files;
    }

    /** The links left out, one sentence each ("a/b.md → /etc/x: outside the repository"). */
    List<String> skipped() {
        return skipped;
    }

    private void visit(Path realDir, String rel, Set<Path> walking) throws IOException {
        if (!walking.add(realDir)) return;
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(realDir)) {
            list.forEach(children::add);
        }
        children.sort(null);
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || name.equals("node_modules")) continue;
            String childRel = rel.isEmpty() ? name : rel + "/" + name;
            Path real;
            try {
                real = child.toRealPath();
            } catch (IOException e) {
                skipped.add(childRel + ": broken link");
                continue;
            }
            if (!real.startsWith(realRoot)) {
                skipped.add(childRel + " → " + real + ": outside the repository");
                continue;
            }
            if (Files.isDirectory(real)) {
                if (walking.contains(real)) {
                    skipped.add(childRel + ": leads back into its own folder");
                    continue;
                }
                visit(real, childRel, walking);
            } else if (Files.isRegularFile(real)) {
                files.put(childRel, real);
            }
        }
        walking.remove(realDir);
    }
}
