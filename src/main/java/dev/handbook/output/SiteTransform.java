package dev.handbook.output;

import java.io.IOException;
import java.util.List;

/**
 * One step on a site's way out, the same for every publisher: the folder writer of {@code build} and
 * {@code release} and the preview's in-memory site apply the same steps in the same order (see
 * {@link Publisher}), so that what the preview shows is what a build writes. A step sees each file of
 * the site (and each file the steps before it added) and may change it; once the site's files have
 * passed, it may add files of its own. Files pass from several threads at once.
 */
public interface SiteTransform {
    /** {@code file} as it goes on: itself, or a changed file at the same path. */
    default OutputFile apply(OutputFile file) throws IOException {
        return file;
    }

    /**
     * The files this step adds, once the site's files have passed it; {@code frame} makes a page in the
     * site's own frame (header, navigation, footer). A preview makes content pages when they are asked
     * for, so in a preview the content pages may pass after this: what a step adds must not depend on them.
     */
    default List<OutputFile> added(PageFrame frame) throws IOException {
        return List.of();
    }
}
