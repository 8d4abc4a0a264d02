package dev.handbook.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The number prefix for a new page: one more than the highest in the folder, written as wide as
 * the folder writes its numbers ("07-" after "06-", "010-" after "009-"), so that names keep sorting.
 */
final class PagePrefix {
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)[-_. ]");
    private static final int DEFAULT_WIDTH = 2;

    private PagePrefix() {}

    static String next(Path folder) {
        long highest = 0;
        int width = 0;
        try (Stream<Path> list = Files.list(folder)) {
            for (Path path : (Iterable<Path>) list::iterator) {
                Matcher m = NUMBER.matcher(path.getFileName().toString());
                if (!m.find() || m.group(1).length() > 9) continue;
                highest = Math.max(highest, Long.parseLong(m.group(1)));
                width = Math.max(width, m.group(1).length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.format("%0" + (width == 0 ? DEFAULT_WIDTH : width) + "d-", highest + 1);
    }
}
