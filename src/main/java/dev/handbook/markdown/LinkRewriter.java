package dev.handbook.markdown;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Suggestions;
import dev.handbook.model.Page;
import dev.handbook.text.Urls;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Links as editors write them, to the {@code .md} file (with an optional {@code #anchor}) so that they
 * work on GitHub too, resolved against the site's output paths: {@link #href} gives the address the
 * renderer writes (through {@link PageLinkResolver}), {@link #check} reports those that point nowhere,
 * at their line, from the page's facts alone.
 */
public final class LinkRewriter {
    private final LinkTargets targets;

    public LinkRewriter(LinkTargets targets) {
        this.targets = targets;
    }

    /** Where a link leads, and what is wrong with it (null when nothing). */
    private record Resolution(String href, String problem, List<String> args) {
        static Resolution ok(String href) {
            return new Resolution(href, null, List.of());
        }
    }

    /**
     * Where {@code url}, a link or image destination of {@code page} as the renderer hands it over
     * (unescaped once, as written), leads in the site.
     */
    String href(Page page, String url, boolean image) {
        return resolve(page, url, image).href();
    }

    /** Adds to {@code problems} every link of {@code page} that points nowhere, named by {@code file}. */
    public void check(Page page, PageFacts facts, String file, Problems problems) {
        for (PageFacts.LinkUse use : facts.links()) {
            if (!use.image() && isPlaceholder(use.url())) {
                problems.add(Problem.warning(file, use.pos(), "link.placeholder"));
                continue;
            }
            Resolution r = resolve(page, use.url(), use.image());
            if (r.problem() != null) problems.add(Problem.error(file, use.pos(), r.problem(), r.args().toArray()));
        }
    }

    /**
     * Whether a link's destination is the empty anchor {@code #}: a placeholder for a link still to be
     * made (in Markdown or raw HTML), which leads nowhere but is no mistake of an address. It is a warning.
     */
    static boolean isPlaceholder(String url) {
        return url.equals("#");
    }

    private Resolution resolve(Page page, String url, boolean image) {
        if (url.isEmpty() || Urls.isExternal(url)) return Resolution.ok(url);
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        if (path.isEmpty()) return checkAnchor(url, page.outputPath(), fragment, url);
        if (path.startsWith("/")) return new Resolution(url, "link.absolute", List.of(url));
        String target = normalize(page.sourceDir(), Urls.decode(path));
        if (target == null) return new Resolution(url, "link.outside", List.of(url));
        String output = lookup(target);
        if (output == null) return new Resolution(url, image ? "image.missing" : "link.broken", List.of(url, nearest(path, target)));
        String relative = output.equals(page.outputPath()) && !fragment.isEmpty() ? "" : Urls.relative(page.outputPath(), output);
        String href = fragment.isEmpty() ? relative : relative + "#" + fragment;
        return !fragment.isEmpty() && output.endsWith(".html") ? checkAnchor(href, output, fragment, url) : Resolution.ok(href);
    }

    /**
     * {@code path} (as written) with its file name replaced by the nearest existing name in the folder
     * {@code target} is in, for "did you mean"; empty when no name there is close.
     */
    private String nearest(String path, String target) {
        int slash = target.lastIndexOf('/');
        String folder = slash < 0 ? "" : target.substring(0, slash + 1);
        String name = target.substring(slash + 1);
        if (name.isEmpty()) return "";
        List<String> names = targets.outputBySource().keySet().stream()
                .filter(source -> source.startsWith(folder) && source.indexOf('/', folder.length()) < 0)
                .map(source -> source.substring(folder.length()))
                .filter(n -> !n.isEmpty())
                .sorted()
                .toList();
        int written = path.lastIndexOf('/');
        return Suggestions.closestFile(name, names).map(n -> path.substring(0, written + 1) + n).orElse("");
    }

    private String lookup(String target) {
        String found = targets.outputBySource().get(target);
        if (found != null) return found;
        String dir = target.isEmpty() || target.endsWith("/") ? target : target + "/";
        found = targets.outputBySource().get(dir + "index.md");
        if (found != null) return found;
        found = targets.outputBySource().get(dir + "_index.md");
        return found != null ? found : targets.outputBySource().get(dir);
    }

    private Resolution checkAnchor(String href, String output, String fragment, String url) {
        Set<String> ids = targets.idsByOutput().get(output);
        if (ids != null && !ids.contains(Urls.decode(fragment))) {
            return new Resolution(href, "link.anchor-missing", List.of(url, fragment));
        }
        return Resolution.ok(href);
    }

    /** Resolves {@code path} against {@code dir}; null when it leaves the content folder. */
    static String normalize(String dir, String path) {
        Deque<String> parts = new ArrayDeque<>();
        if (!dir.isEmpty()) for (String s : dir.split("/")) parts.addLast(s);
        for (String s : path.split("/", -1)) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        String joined = String.join("/", parts);
        return path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
    }
}
