package dev.handbook.serve;

import dev.handbook.pipeline.Options;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the preview.
 *
 * @param host the address to listen on; 127.0.0.1 keeps the preview on this computer
 * @param port the port, or 0 for any free one
 * @param quietPeriod how long the files must stay unchanged before a rebuild starts, so that a
 *     burst of saves (an editor writing a backup, then the file) gives one rebuild
 * @param edit whether the pages may be edited in the browser ({@code serve --edit}); without it no
 *     route writes anything
 */
public record ServeSettings(Path source, String host, int port, Options options, Duration quietPeriod, boolean edit) {
    public static final String LOCAL_HOST = "127.0.0.1";
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(20);

    /** A preview without the editor. */
    public ServeSettings(Path source, String host, int port, Options options, Duration quietPeriod) {
        this(source, host, port, options, quietPeriod, false);
    }

    public static ServeSettings local(Path source, int port, Options options) {
        return new ServeSettings(source, LOCAL_HOST, port, options, DEFAULT_QUIET_PERIOD);
    }

    public ServeSettings withQuietPeriod(Duration quiet) {
        return new ServeSettings(source, host, port, options, quiet, edit);
    }

    /** The same preview with the editor ({@code serve --edit}): pages get a "Bewerken" button and may be saved. */
    public ServeSettings withEdit() {
        return new ServeSettings(source, host, port, options, quietPeriod, true);
    }
}
