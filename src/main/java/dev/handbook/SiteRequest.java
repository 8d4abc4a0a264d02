package dev.handbook;

import dev.handbook.output.Progress;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Reuse;
import dev.handbook.release.LiveEditions;
import java.nio.file.Path;

/**
 * A build of the site into a folder.
 *
 * @param releases the editions to offer on a versions page and in an edition switcher
 * @param reuse what earlier builds left that this one may take
 * @param progress hears about long steps
 */
public record SiteRequest(Path source, Path out, Options options, Path releases, Reuse reuse, Progress progress) {
    /** A cold build, with the releases beside the content folder, telling nobody about its steps. */
    public static SiteRequest of(Path source, Path out, Options options) {
        return new SiteRequest(source, out, options, LiveEditions.defaultFolder(source), Reuse.none(), Progress.NONE);
    }

    public SiteRequest withReleases(Path folder) {
        return new SiteRequest(source, out, options, folder, reuse, progress);
    }

    public SiteRequest withReuse(Reuse earlier) {
        return new SiteRequest(source, out, options, releases, earlier, progress);
    }

    public SiteRequest withProgress(Progress listener) {
        return new SiteRequest(source, out, options, releases, reuse, listener);
    }
}
