package dev.handbook.content;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.yaml.Pos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which symbolic links of the content folder one load follows. Nothing whose real path lies outside
 * the content folder is read or published: a link there is an error at the link, naming where it
 * points, and so is a link that leads nowhere or round in a loop. A link to a place inside the
 * content folder is followed at the link's place, as if its target were there, with two limits that
 * keep every page in one place and every walk finite:
 *
 * <ul>
 *   <li>a link to a single file other than Markdown (an image shared by two chapters) is always taken;
 *   <li>a link to a folder or to a Markdown file is taken once, and only when the handbook does not
 *       already hold its target (it lies in a folder starting with {@code _}, say); else it is left
 *       out with a warning, since its pages would be there twice, with every id twice.
 * </ul>
 *
 * Each link is named once per load, at its own place, however often a walk comes by it.
 */
final class LinkPolicy {
    private final Path source;
    private final Path realSource;
    private final Problems problems;
    private final Predicate<Path> excluded;
    /** Real folders and Markdown files taken through a link so far. */
    private final Set<Path> taken = new HashSet<>();
    /** Links named so far, by real location. */
    private final Set<Path> named = new HashSet<>();

    /** @param excluded whether a real path lies in a folder the load leaves alone (the output) */
    LinkPolicy(Path source, Problems problems, Predicate<Path> excluded) {
        this.source = source;
        this.realSource = real(source);
        this.problems = problems;
        this.excluded = excluded;
    }

    Path realSource() {
        return realSource;
    }

    static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    /** Whether the load follows {@code link}; reports it when not, once. */
    boolean follows(SymbolicLink link) {
        switch (link.kind()) {
            case OUTSIDE -> error(link, "file.link-outside", link.target().toString());
            case BROKEN -> error(link, "file.link-broken", link.written());
            case LOOP -> error(link, "file.link-loop", link.written());
            case UNREADABLE -> error(link, "file.link-unreadable", link.written());
            case INSIDE -> {
                if (excluded.test(link.target())) return false; // the output folder: never content, like the folder itself
                boolean page = link.directory() || link.target().getFileName().toString().endsWith(".md");
                if (!page) return true;
                if (reachedWithoutLinks(link.target()) || takenBefore(link.target())) {
                    if (named.add(link.location())) {
                        problems.add(Problem.warning(file(link.location()), Pos.NONE, "file.link-duplicate",
                                link.written(), file(link.target())));
                    }
                    return false;
                }
                taken.add(link.target());
                return true;
            }
        }
        return false;
    }

    private void error(SymbolicLink link, String code, String target) {
        if (named.add(link.location())) problems.add(Problem.error(file(link.location()), Pos.NONE, code, target));
    }

    /** Whether the walk reaches {@code real} (inside the content folder) by its names alone. */
    private boolean reachedWithoutLinks(Path real) {
        Path rel = realSource.relativize(real);
        if (rel.getNameCount() == 0 || ContentLoader.RESERVED.contains(rel.getName(0).toString())) return false;
        for (Path part : rel) {
            if (!ContentLoader.isContentName(part.toString())) return false;
        }
        return true;
    }

    /** Whether {@code real} lies in what a link took in: a page there is reached, through the link. */
    boolean takes(Path real) {
        return takenBefore(real);
    }

    private boolean takenBefore(Path real) {
        for (Path at = real; at != null && at.startsWith(realSource); at = at.getParent()) {
            if (taken.contains(at)) return true;
        }
        return false;
    }

    /** How problems name a place: through the content folder as the user gave it. */
    private String file(Path real) {
        String rel = realSource.relativize(real).toString().replace('\\', '/');
        return source.resolve(rel).toString().replace('\\', '/');
    }
}
