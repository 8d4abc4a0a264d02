package dev.handbook.release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip that is the same bytes for the same files: entries sorted by name, every time stamp the
 * release's, no extra fields, one compression level. The files sit under one folder, so that unzipping
 * does not spill them over the reader's downloads.
 */
final class ZipMaker {
    /** Zip's own clock starts in 1980; an earlier date (SOURCE_DATE_EPOCH=0) cannot be written. */
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipMaker() {}

    /** @param files paths relative to {@code root}, with forward slashes */
    static void write(Path root, List<String> files, String folder, LocalDateTime time, OutputStream out) throws IOException {
        LocalDateTime stamp = time.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : time;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (String file : files.stream().sorted().toList()) {
                ZipEntry entry = new ZipEntry(folder + "/" + file);
                entry.setTimeLocal(stamp);
                zip.putNextEntry(entry);
                Files.copy(root.resolve(file), zip);
                zip.closeEntry();
            }
        }
    }
}
