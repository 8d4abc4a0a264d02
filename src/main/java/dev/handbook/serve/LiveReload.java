package dev.handbook.serve;

import dev.handbook.output.OutputFile;
import dev.handbook.output.SiteTransform;
import java.io.IOException;

/**
 * The preview's own step on the way out, after the ones a build takes, applied as each file is sent to
 * the browser (the site in memory stays as {@code build} writes it): the live-reload script in every
 * HTML page, telling the page which site it belongs to, so that it reloads when a newer one is made.
 */
final class LiveReload implements SiteTransform {
    private final String version;

    LiveReload(String version) {
        this.version = version;
    }

    @Override
    public OutputFile apply(OutputFile file) throws IOException {
        if (!ContentTypes.isHtml(ContentTypes.of(file.path()))) return file;
        return new OutputFile.Generated(file.path(), LivePages.inject(file.read(), version));
    }
}
