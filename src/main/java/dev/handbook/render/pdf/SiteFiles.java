package dev.handbook.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import dev.handbook.output.OutputFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets the PDF renderer read the site's files (style sheet, images) before they are written, under
 * the made-up scheme {@code site:}, so that the PDF is made from exactly what the build produced and
 * a failed PDF leaves the last good output alone.
 */
final class SiteFiles implements FSStreamFactory {
    static final String SCHEME = "site";
    static final String BASE = SCHEME + ":/print.html";

    private final Map<String, OutputFile> byPath = new HashMap<>();

    SiteFiles(List<OutputFile> files) {
        for (OutputFile file : files) byPath.put(file.path(), file);
    }

    @Override
    public FSStream getUrl(String url) {
        String path = URI.create(url).getPath();
        OutputFile file = byPath.get(path.startsWith("/") ? path.substring(1) : path);
        return file == null ? null : new Stream(file);
    }

    private record Stream(OutputFile file) implements FSStream {
        @Override
        public InputStream getStream() {
            if (file instanceof OutputFile.Generated g) return new ByteArrayInputStream(g.bytes());
            try {
                return Files.newInputStream(((OutputFile.Copied) file).source());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Reader getReader() {
            return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
        }
    }
}
