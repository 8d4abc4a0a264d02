package dev.handbook.output;

import java.io.IOException;

/** A site whose files are made as they are written, with the frame its added pages are made in. */
public interface Site extends PageFrame {
    /** Makes every file of the site into {@code sink}, from several threads at once. */
    void writeTo(OutputSink sink) throws IOException;
}
