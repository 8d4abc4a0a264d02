package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.check.Problem;
import dev.handbook.model.Page;
import java.util.List;

/**
 * Rewrites the relative links and images of a page body to the site's output paths, as editors
 * write them: links to the {@code .md} file (with an optional {@code #anchor}), so that they work
 * on GitHub too. Reports every link that points nowhere, at its line.
 */
final class LinkRewriter {
    private final LinkTargets targets;
    private final String file;
    private final Page page;
    private final List<Problem> problems;

    LinkRewriter(LinkTargets targets, String file, Page page, List<Problem> problems) {
        this.targets = targets;
        this.file = file;
        this.page = page;
        this.problems = problems;
    }

    void rewrite(ParsedPage parsed) {
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof Link link) {
                link.setUrl(BasedSequence.of(resolve(node, link.getUrl().unescape(), false)));
            } else if (node instanceof Image image) {
                checkAlt(node, image.getText().toString());
                image.setUrl(BasedSequence.of(resolve(node, image.getUrl().unescape(), true)));
            } else if (node instanceof Reference reference) {
                reference.setUrl(BasedSequence.of(resolve(node, reference.getUrl().unescape(), false)));
            } else if (node instanceof ImageRef imageRef) {
                checkAlt(node, imageRef.getText().toString());
            }
        }
    }

    private void checkAlt(Node node, String alt) {
        if (alt.isBlank()) problems.add(Problem.warning(file, SourcePositions.of(page, node), "image.no-alt"));
    }

    private String resolve(Node node, String url, boolean image) {
        if (url.isEmpty() || Urls.isExternal(url)) return url;
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        if (path.isEmpty()) {
            checkAnchor(node, page.outputPath(), fragment, url);
            return url;
        }
        if (path.startsWith("/")) {
            problems.add(Problem.error(file, SourcePositions.of(page, node), "link.absolute", url));
            return url;
        }
        String target = normalize(page.sourceDir(), Urls.decode(path));
        if (target == null) {
            problems.add(Problem.error(file, SourcePositions.of(page, node), "link.outside", url));
            return url;
        }
        String output = lookup(target);
        if (output == null) {
            problems.add(Problem.error(file, SourcePositions.of(page, node), image ? "image.missing" : "link.broken", url));
            return url;
        }
        if (!fragment.isEmpty() && output.endsWith(".html")) checkAnchor(node, output, fragment, url);
        String relative = output.equals(page.outputPath()) && !fragment.isEmpty() ? "" : Urls.relative(page.outputPath(), output);
        return fragment.isEmpty() ? relative : relative + "#" + fragment;
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

    private void checkAnchor(Node node, String output, String fragment, String url) {
        java.util.Set<String> ids = targets.idsByOutput().get(output);
        if (ids != null && !ids.contains(Urls.decode(fragment))) {
            problems.add(Problem.error(file, SourcePositions.of(page, node), "link.anchor-missing", url, fragment));
        }
    }

    /** Resolves {@code path} against {@code dir}; null when it leaves the content folder. */
    static String normalize(String dir, String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
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
